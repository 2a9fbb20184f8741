// Unit tests of the shared reconnect module (realtime/reconnect.js) (node --test; run by the Maven build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

// Imported from its source as a data: URL, so it runs as an ES module whatever Node's defaults.
const source = await readFile(new URL('../../src/main/webapp/resources/js/realtime/reconnect.js', import.meta.url),
  'utf8');
const { backoffDelay, urgentDelay, URGENT_ATTEMPTS, movedDelay, MOVED_SPREAD_MS, permanentRefusal, RetryTimer, REFUSALS, LOGIN_EXPIRED } =
  await import('data:text/javascript;base64,' + Buffer.from(source).toString('base64'));

test('the delay starts at one second and doubles up to thirty', () => {
  const middle = () => 0.5;
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 20].map((a) => backoffDelay(a, middle)),
    [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
});

test('during a meeting the first retries come within 250 ms, doubling only to 2 s, then the usual back-off', () => {
  const middle = () => 0.5;
  assert.deepEqual([0, 1, 2, 3, 4, 10, URGENT_ATTEMPTS - 1].map((a) => urgentDelay(a, middle)),
    [250, 500, 1000, 2000, 2000, 2000, 2000]);
  assert.equal(urgentDelay(URGENT_ATTEMPTS, middle), 8000, 'after about a minute it backs off as usual');
  // a 10 s outage: the tries until the first one at or after 10 s, at the slowest jitter
  let at = 0;
  let attempt = 0;
  while (at < 10000) at += urgentDelay(attempt++, () => 0.999999);
  assert.ok(at <= 10000 + 2400, 'the first try after a 10 s outage comes by 12.4 s, well within the grace: ' + at);
  let plain = 0;
  attempt = 0;
  while (plain < 10000) plain += backoffDelay(attempt++, middle);
  assert.equal(plain, 15000, 'the plain back-off would try only at 15 s, the old grace');
});

test('the jitter stays within plus or minus twenty percent', () => {
  assert.equal(backoffDelay(0, () => 0), 800);
  assert.equal(backoffDelay(0, () => 0.999999), 1200);
  assert.equal(backoffDelay(10, () => 0), 24000);
  assert.equal(backoffDelay(10, () => 0.999999), 36000);
  for (let i = 0; i < 1000; i++) {
    const d = backoffDelay(3);
    assert.ok(d >= 6400 && d <= 9600, String(d));
  }
});

test('after the floor moved (1012) the retry comes within half a second, spread by the random draw', () => {
  assert.equal(MOVED_SPREAD_MS, 500);
  assert.equal(movedDelay(() => 0), 0);
  assert.equal(movedDelay(() => 0.5), 250);
  assert.equal(movedDelay(() => 0.999999), 500);
});

const answer = (status, refusal, type = 'basic') => async () => ({
  status, type, headers: { get: (name) => (name === 'X-Hallway-Refusal' ? refusal : null) },
});

test('a refused ticket or a missing session is permanent and says why', async () => {
  assert.equal(await permanentRefusal('http://x/ws/networking/1', answer(403, 'ticket')), REFUSALS.ticket);
  assert.equal(await permanentRefusal('http://x/ws/networking/1', answer(404, 'session')), REFUSALS.session);
  assert.equal(await permanentRefusal('http://x/ws/networking/1', answer(0, null, 'opaqueredirect')), LOGIN_EXPIRED);
});

test('an unreachable server or an admitted probe means retry', async () => {
  assert.equal(await permanentRefusal('http://x/', async () => { throw new TypeError('down'); }), null);
  assert.equal(await permanentRefusal('http://x/', answer(404, null)), null, 'a 404 without the header is not ours');
  assert.equal(await permanentRefusal('http://x/', answer(503, null)), null);
});

test('the retry counts down in whole seconds, runs once when due, and runs at once on "retry now"', () => {
  let now = 0;
  let tick = null;
  const timers = { now: () => now, every: (f) => { tick = f; return 1; }, stop: () => { tick = null; } };
  const shown = [];
  let runs = 0;
  const retry = new RetryTimer((s) => shown.push(s), timers);
  retry.schedule(2, () => runs++, () => 0.5); // 4 s
  now = 1100; tick();
  now = 3900; tick();
  assert.deepEqual(shown, [4, 3, 1]);
  now = 4000; tick();
  assert.equal(runs, 1);
  assert.equal(retry.pending, false);
  assert.equal(tick, null, 'the countdown stopped');

  retry.schedule(5, () => runs++, () => 0.5);
  assert.equal(retry.pending, true);
  retry.now();
  retry.now();
  assert.equal(runs, 2, 'retry now runs the pending retry once');
});

