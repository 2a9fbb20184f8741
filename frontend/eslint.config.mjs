// ESLint (flat config) for the browser modules and their tests: lint rules only, no formatting rules
// (the code's layout is its authors'). Run by the Maven build (`exec` execution `eslint`) from the
// project's root: npx --prefix frontend eslint -c frontend/eslint.config.mjs
import js from '@eslint/js';
import globals from 'globals';

export default [
  js.configs.recommended,
  {
    files: ['src/main/webapp/resources/js/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
  },
  {
    files: ['frontend/test/**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
  },
  {
    rules: {
      // An unused argument often names what a callback receives; unused variables are mistakes.
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }],
      eqeqeq: ['error', 'smart'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-new': 'error',
      'no-shadow': 'error',
      'no-use-before-define': ['error', { functions: false, classes: false }],
    },
  },
];
