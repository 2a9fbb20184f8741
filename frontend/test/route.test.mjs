// Unit tests of the selected candidate pair's type (networking/route.js) (node --test; run by the Maven build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

// Imported from its source as a data: URL, so it runs as an ES module whatever Node's defaults.
const source = await readFile(new URL('../../src/main/webapp/resources/js/networking/route.js', import.meta.url),
  'utf8');
const { selectedRoute } = await import('data:text/javascript,' + encodeURIComponent(source));

const report = (...stats) => new Map(stats.map((s) => [s.id, s]));

test('the transport names the selected pair, whose local candidate says the route', () => {
  const r = report(
    { id: 'T1', type: 'transport', selectedCandidatePairId: 'CP2' },
    { id: 'CP1', type: 'candidate-pair', localCandidateId: 'L1', nominated: true, state: 'succeeded' },
    { id: 'CP2', type: 'candidate-pair', localCandidateId: 'L2', nominated: true, state: 'succeeded' },
    { id: 'L1', type: 'local-candidate', candidateType: 'host' },
    { id: 'L2', type: 'local-candidate', candidateType: 'relay' });
  assert.equal(selectedRoute(r), 'relay');
});

test('without transport stats the nominated succeeded pair counts', () => {
  const r = report(
    { id: 'CP1', type: 'candidate-pair', localCandidateId: 'L1', nominated: false, state: 'in-progress' },
    { id: 'CP2', type: 'candidate-pair', localCandidateId: 'L2', nominated: true, state: 'succeeded' },
    { id: 'L1', type: 'local-candidate', candidateType: 'relay' },
    { id: 'L2', type: 'local-candidate', candidateType: 'srflx' });
  assert.equal(selectedRoute(r), 'srflx');
});

test('no selected pair, or an unknown candidate type, is no route', () => {
  assert.equal(selectedRoute(report({ id: 'T1', type: 'transport' })), null);
  assert.equal(selectedRoute(report(
    { id: 'T1', type: 'transport', selectedCandidatePairId: 'CP1' },
    { id: 'CP1', type: 'candidate-pair', localCandidateId: 'L1' },
    { id: 'L1', type: 'local-candidate', candidateType: 'weird' })), null);
});
