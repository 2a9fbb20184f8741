// Unit tests of the chat's text rendering (node --test; run by the Maven build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const source = await readFile(new URL('../../src/main/webapp/resources/js/chat/text.js', import.meta.url), 'utf8');
const { parts, safeHref } = await import('data:text/javascript;base64,' + Buffer.from(source).toString('base64'));

test('plain text stays one text part, markup included', () => {
  assert.deepEqual(parts('<b>hi</b> & bye'), [{ text: '<b>hi</b> & bye' }]);
});

test('http and https links become link parts between text parts', () => {
  assert.deepEqual(parts('slides: https://example.org/a?b=1 and http://x.test'), [
    { text: 'slides: ' },
    { text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
    { text: ' and ' },
    { text: 'http://x.test', href: 'http://x.test/' },
  ]);
});

test('sentence punctuation after a link stays text', () => {
  assert.deepEqual(parts('See https://example.org/page.'), [
    { text: 'See ' },
    { text: 'https://example.org/page', href: 'https://example.org/page' },
    { text: '.' },
  ]);
});

test('javascript:, data: and other schemes never become links', () => {
  assert.deepEqual(parts('javascript:alert(1) data:text/html,x ftp://files.test'),
    [{ text: 'javascript:alert(1) data:text/html,x ftp://files.test' }]);
  assert.equal(safeHref('javascript:alert(1)'), null);
  assert.equal(safeHref('https://ok.test/'), 'https://ok.test/');
});

test('a quote cannot end the link and start an attribute', () => {
  const [link] = parts('https://evil.test/"onmouseover="x').filter((p) => p.href);
  assert.equal(link.text, 'https://evil.test/');
});
