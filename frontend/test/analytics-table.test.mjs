// Unit tests of the analytics charts' data from their tables (analytics/tables.js) (node --test; run by the Maven build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const source = await readFile(new URL('../../src/main/webapp/resources/js/analytics/tables.js', import.meta.url), 'utf8');
const { number, pivot, columns } = await import('data:text/javascript;base64,' + Buffer.from(source).toString('base64'));

test('registrations per day and ticket type become one dataset per type, missing days as 0', () => {
  const data = pivot([
    ['2026-11-01', 'General', '3'],
    ['2026-11-01', 'Sponsor', '1'],
    ['2026-11-02', 'General', '2'],
  ], 0, 1, 2);
  assert.deepEqual(data.labels, ['2026-11-01', '2026-11-02']);
  assert.deepEqual(data.datasets, [
    { label: 'General', data: [3, 2] },
    { label: 'Sponsor', data: [1, 0] },
  ]);
});

test('chosen columns become datasets named by their headers; empty cells are gaps', () => {
  const data = columns(['Session', 'Made', 'Connected'], [['Speed', '10', '8'], ['Late', '', '0']], 0, [1, 2]);
  assert.deepEqual(data.labels, ['Speed', 'Late']);
  assert.deepEqual(data.datasets, [
    { label: 'Made', data: [10, null] },
    { label: 'Connected', data: [8, 0] },
  ]);
});

test('numbers are read from cell text, anything else is no number', () => {
  assert.equal(number(' 12.5 '), 12.5);
  assert.equal(number(''), null);
  assert.equal(number('n/a'), null);
});
