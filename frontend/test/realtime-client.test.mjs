// Unit tests of the event's realtime client (realtime/client.js; node --test, run by the Maven build),
// against a scripted WebSocket and hand-driven timers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const dir = new URL('../../src/main/webapp/resources/js/realtime/', import.meta.url);
const asModule = (source) => 'data:text/javascript;base64,' + Buffer.from(source).toString('base64');
// Imported from source as data: URLs (ES modules whatever Node's defaults), each import of a
// sibling module pointed at that module's data: URL.
const modules = {};
for (const name of ['reconnect.js', 'connection.js', 'client.js']) {
  let source = await readFile(new URL(name, dir), 'utf8');
  for (const [sibling, url] of Object.entries(modules)) {
    source = source.replaceAll(`'./${sibling}'`, `'${url}'`);
  }
  modules[name] = asModule(source);
}
const { RealtimeClient, MAX_QUEUED, ANSWER_TIMEOUT_MS, eventSocketUrl } = await import(modules['client.js']);
const { TOO_MANY_SOCKETS_TEXT } = await import(modules['connection.js']);

/** Timers that run only when the test moves time. */
function fakeTimers() {
  let now = 1_000_000;
  let next = 1;
  const due = new Map(); // id -> { at, f, every }
  return {
    now: () => now,
    every: (f, ms) => { due.set(next, { at: now + ms, f, every: ms }); return next++; },
    later: (f, ms) => { due.set(next, { at: now + ms, f }); return next++; },
    stop: (id) => due.delete(id),
    cancel: (id) => due.delete(id),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const [id, timer] = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0] || [];
        if (!timer) {
          break;
        }
        now = timer.at;
        if (timer.every) {
          timer.at += timer.every;
        } else {
          due.delete(id);
        }
        timer.f();
      }
      now = until;
    },
  };
}

/** A WebSocket the test opens, answers and closes by hand. */
function fakeSockets() {
  const made = [];
  class FakeSocket {
    constructor(url) {
      this.url = url;
      this.readyState = 0;
      this.sent = [];
      made.push(this);
    }
    send(text) { this.sent.push(JSON.parse(text)); }
    close(code) { this.readyState = 3; this.closedWith = code; }
    open() { this.readyState = 1; this.onopen(); }
    drop(code = 1006) { this.readyState = 3; this.onclose({ code }); }
    answer(message) { this.onmessage({ data: JSON.stringify(message) }); }
    last(type) { return this.sent.filter((m) => m.type === type).at(-1); }
  }
  return { FakeSocket, made };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

function setUp(fetchAnswer = { status: 200, refusal: null }, browser = {}) {
  const timers = fakeTimers();
  const { FakeSocket, made } = fakeSockets();
  const fetch = async () => ({
    status: fetchAnswer.status, type: 'basic',
    headers: { get: (name) => (name === 'X-Hallway-Refusal' ? fetchAnswer.refusal : null) },
  });
  const realtime = new RealtimeClient('ws://x/ctx/ws/events/demo', { WebSocket: FakeSocket, fetch, timers, random: () => 0.5, ...browser });
  const states = [];
  realtime.onState((state, detail) => states.push([state, detail]));
  return { realtime, timers, made, states };
}

test('the socket URL is the event path under the context root, wss on https', () => {
  assert.equal(eventSocketUrl('/ctx/', 'demo', { href: 'http://h:1/ctx/event/x', protocol: 'http:' }), 'ws://h:1/ctx/ws/events/demo');
  assert.equal(eventSocketUrl('/', 'a b', { href: 'https://h/event/x', protocol: 'https:' }), 'wss://h/ws/events/a%20b');
});

test('a subscription is asked for when open and its messages reach only its listeners', async () => {
  const { realtime, made } = setUp();
  realtime.connect();
  made[0].open();
  const lobby = [];
  const session = [];
  realtime.subscribe('lobby:1', (data) => lobby.push(data.text));
  realtime.subscribe('session:2', (data) => session.push(data.text));
  const asked = made[0].sent.filter((m) => m.type === 'subscribe').map((m) => m.data.channel);
  assert.deepEqual(asked, ['lobby:1', 'session:2']);
  made[0].answer({ type: 'chat', data: { channel: 'lobby:1', text: 'hi' } });
  made[0].answer({ type: 'chat', data: { channel: 'session:9', text: 'not ours' } });
  assert.deepEqual(lobby, ['hi']);
  assert.deepEqual(session, []);
});

test('a second listener of a channel asks the server nothing and the last one leaving unsubscribes', () => {
  const { realtime, made } = setUp();
  realtime.connect();
  made[0].open();
  const offA = realtime.subscribe('lobby:1', () => {});
  const offB = realtime.subscribe('lobby:1', () => {});
  assert.equal(made[0].sent.filter((m) => m.type === 'subscribe').length, 1);
  offA();
  assert.equal(made[0].last('unsubscribe'), undefined);
  offB();
  assert.equal(made[0].last('unsubscribe').data.channel, 'lobby:1');
});

test('a request resolves with the answer of its id and rejects with the error code of its id', async () => {
  const { realtime, made } = setUp();
  realtime.connect();
  made[0].open();
  const sent = realtime.send('chat-send', { text: 'hello' });
  const refused = realtime.send('chat-send', { text: 'again' });
  const [first, second] = made[0].sent.filter((m) => m.type === 'chat-send');
  made[0].answer({ type: 'error', id: second.id, data: { code: 'rate-limited', message: 'Slow down.' } });
  made[0].answer({ type: 'ack', id: first.id });
  assert.equal((await sent).type, 'ack');
  await assert.rejects(refused, (e) => e.code === 'rate-limited' && e.message === 'Slow down.');
});

test('a refused subscription tells its listener and is not asked again after a reconnect', async () => {
  const { realtime, made, timers } = setUp();
  realtime.connect();
  made[0].open();
  const refusals = [];
  realtime.subscribe('account:99', () => {}, (e) => refusals.push(e.code));
  const ask = made[0].last('subscribe');
  made[0].answer({ type: 'error', id: ask.id, data: { code: 'not-admitted', message: 'No.' } });
  await flush();
  assert.deepEqual(refusals, ['not-admitted']);
  made[0].drop();
  await flush();
  timers.advance(1000);
  made[1].open();
  assert.equal(made[1].last('subscribe'), undefined);
});

test('a removal by a moderator drops the channel: its listener hears why and it is not asked again after a reconnect', async () => {
  const { realtime, made, timers } = setUp();
  realtime.connect();
  made[0].open();
  const heard = [];
  const refusals = [];
  realtime.subscribe('session:2', (data) => heard.push(data.text), (e) => refusals.push(e.code));
  made[0].answer({ type: 'unsubscribed', data: { channel: 'session:2', removed: true } });
  made[0].answer({ type: 'chat-message', data: { channel: 'session:2', text: 'after' } });
  assert.deepEqual(refusals, ['removed']);
  assert.deepEqual(heard, []);
  made[0].drop();
  await flush();
  timers.advance(1000);
  made[1].open();
  assert.equal(made[1].last('subscribe'), undefined);
});

test('after a drop it reconnects with back-off and subscribes again to every channel', async () => {
  const { realtime, made, timers, states } = setUp();
  realtime.connect();
  made[0].open();
  realtime.subscribe('lobby:1', () => {});
  realtime.subscribe('session:2', () => {});
  made[0].drop();
  await flush();
  assert.deepEqual(states.at(-1), ['closed', { retryIn: 1 }]);
  timers.advance(999);
  assert.equal(made.length, 1, 'not before the first second');
  timers.advance(1);
  assert.equal(made.length, 2);
  made[1].drop(); // the next attempt fails before opening: asks why, then waits two seconds
  await flush();
  timers.advance(1999);
  assert.equal(made.length, 2);
  timers.advance(1);
  assert.equal(made.length, 3);
  made[2].open();
  assert.deepEqual(made[2].sent.filter((m) => m.type === 'subscribe').map((m) => m.data.channel), ['lobby:1', 'session:2']);
  assert.equal(states.at(-1)[0], 'open');
});

test('a message sent while down waits and goes out on reconnect; an unanswered one is rejected visibly', async () => {
  const { realtime, made, timers } = setUp();
  realtime.connect();
  made[0].open();
  const inFlight = realtime.send('chat-send', { text: 'one' });
  made[0].drop();
  await assert.rejects(inFlight, (e) => e.code === 'connection-lost');
  const queued = realtime.send('chat-send', { text: 'two' });
  timers.advance(1000);
  made[1].open();
  const out = made[1].last('chat-send');
  assert.equal(out.data.text, 'two');
  made[1].answer({ type: 'ack', id: out.id });
  assert.equal((await queued).id, out.id);
});

test('the queue is bounded: one more than it holds is rejected at once', async () => {
  const { realtime } = setUp();
  realtime.connect(); // never opens
  const held = [];
  for (let i = 0; i < MAX_QUEUED; i++) {
    held.push(realtime.send('chat-send', { i }).catch((e) => e.code));
  }
  await assert.rejects(realtime.send('chat-send', { i: 'over' }), (e) => e.code === 'queue-full');
  realtime.close();
  assert.deepEqual(new Set(await Promise.all(held)), new Set(['closed']), 'closing rejects what waited');
});

test('an answer that never comes rejects the request after the timeout', async () => {
  const { realtime, made, timers } = setUp();
  realtime.connect();
  made[0].open();
  const sent = realtime.send('chat-send', {});
  timers.advance(ANSWER_TIMEOUT_MS);
  await assert.rejects(sent, (e) => e.code === 'timeout');
});

test('a permanent refusal of the handshake stops retrying, says why and rejects what waited', async () => {
  const { realtime, made, timers, states } = setUp({ status: 403, refusal: 'ticket' });
  realtime.connect();
  const waiting = realtime.send('chat-send', {}).catch((e) => e.code);
  made[0].drop();
  await flush();
  assert.deepEqual(states.at(-1), ['closed', { refused: 'You need a ticket for this event.' }]);
  assert.equal(await waiting, 'refused');
  timers.advance(60000);
  assert.equal(made.length, 1, 'no retry');
});

test('a 1012 (the session moved to another node) reconnects within half a second, not a back-off step later', async () => {
  const { realtime, made, timers } = setUp();
  realtime.connect();
  made[0].open();
  realtime.subscribe('lobby:1', () => {});
  made[0].drop(1012);
  timers.advance(249);
  assert.equal(made.length, 1, 'random 0.5 of the 500 ms spread');
  timers.advance(1);
  assert.equal(made.length, 2);
  made[1].drop(); // that try failed before opening: the usual back-off from one second
  await flush();
  timers.advance(999);
  assert.equal(made.length, 2);
  timers.advance(1);
  assert.equal(made.length, 3);
  made[2].open();
  assert.deepEqual(made[2].sent.filter((m) => m.type === 'subscribe').map((m) => m.data.channel), ['lobby:1']);
});

test('a revoked ticket (4003) stops for good', async () => {
  const { realtime, made, timers, states } = setUp();
  realtime.connect();
  made[0].open();
  made[0].drop(4003);
  timers.advance(60000);
  assert.equal(made.length, 1);
  assert.equal(states.at(-1)[1].refused, 'Your ticket for this event was revoked.');
});

test('handlers by type hear every message, a failing one does not stop the others', () => {
  const { realtime, made } = setUp();
  realtime.connect();
  made[0].open();
  const heard = [];
  realtime.on('notification', () => { throw new Error('boom'); });
  realtime.on('notification', (data) => heard.push(data.text));
  const original = console.error;
  console.error = () => {};
  try {
    made[0].answer({ type: 'notification', data: { text: 'x' } });
  } finally {
    console.error = original;
  }
  assert.deepEqual(heard, ['x']);
});

test('the server clock is learnt from serverTime', () => {
  const { realtime, made, timers } = setUp();
  realtime.connect();
  made[0].open();
  made[0].answer({ type: 'opened', data: { serverTime: new Date(timers.now() + 5000).toISOString() } });
  assert.equal(realtime.serverNow(), timers.now() + 5000);
});

test('what waited goes out before anything the page sends when it hears the socket open', () => {
  const { realtime, made } = setUp();
  realtime.subscribe('lobby:1', () => {});
  realtime.send('chat-send', { text: 'waited' }).catch(() => {});
  realtime.onState((state) => {
    if (state === 'open') realtime.send('chat-send', { text: 'on open' }).catch(() => {});
  });
  realtime.connect();
  made[0].open();
  assert.deepEqual(made[0].sent.map((m) => m.data && (m.data.channel || m.data.text)), ['lobby:1', 'waited', 'on open']);
});

/** The browser's window and document as far as waking up goes: events the test fires. */
function fakeBrowser() {
  const window = new EventTarget();
  const document = new EventTarget();
  document.visibilityState = 'visible';
  return { window, document };
}

test('when the browser says it is back online a pending retry runs at once, not at the end of its back-off', async () => {
  const browser = fakeBrowser();
  const { realtime, made, timers } = setUp(undefined, browser);
  realtime.connect();
  made[0].open();
  made[0].drop();
  await flush();
  for (let i = 1; i <= 3; i++) { // offline: the tries at 1, 3 and 7 s fail
    timers.advance(2 ** (i - 1) * 1000);
    assert.equal(made.length, i + 1);
    made[i].drop();
    await flush();
  }
  timers.advance(3000); // 10 s after the drop the network is back; the next try is due only at 15 s
  assert.equal(made.length, 4);
  browser.window.dispatchEvent(new Event('online'));
  assert.equal(made.length, 5, 'reconnected at once');
  made[4].open();
  assert.equal(realtime.state, 'open');
  browser.window.dispatchEvent(new Event('online'));
  assert.equal(made.length, 5, 'an open socket is left alone');
});

test('back online while a try is under way: when that try fails the next goes at once', async () => {
  const browser = fakeBrowser();
  const { realtime, made, timers } = setUp(undefined, browser);
  realtime.connect();
  made[0].open();
  made[0].drop();
  await flush();
  timers.advance(1000);
  assert.equal(made.length, 2, 'a try under way');
  browser.window.dispatchEvent(new Event('online'));
  made[1].drop();
  await flush();
  timers.advance(0);
  assert.equal(made.length, 3);
  made[2].drop(); // an ordinary failure after that backs off again
  await flush();
  timers.advance(1);
  assert.equal(made.length, 3);
});

test('a tab seen again retries at once; while hidden it waits', async () => {
  const browser = fakeBrowser();
  const { realtime, made } = setUp(undefined, browser);
  realtime.connect();
  made[0].open();
  made[0].drop();
  await flush();
  browser.document.visibilityState = 'hidden';
  browser.document.dispatchEvent(new Event('visibilitychange'));
  assert.equal(made.length, 1);
  browser.document.visibilityState = 'visible';
  browser.document.dispatchEvent(new Event('visibilitychange'));
  assert.equal(made.length, 2);
});

test('a client closed for good no longer listens to the browser', async () => {
  const browser = fakeBrowser();
  const { realtime, made } = setUp(undefined, browser);
  realtime.connect();
  made[0].open();
  realtime.close();
  browser.window.dispatchEvent(new Event('online'));
  assert.equal(made.length, 1);
});

test('a socket refused for too many of the account (4008) stops for good and says to close tabs', async () => {
  const { realtime, made, timers, states } = setUp();
  realtime.connect();
  made[0].drop(4008);
  await flush();
  timers.advance(60000);
  assert.equal(made.length, 1, 'no retry');
  assert.deepEqual(states.at(-1), ['closed', { refused: TOO_MANY_SOCKETS_TEXT }]);
  assert.match(TOO_MANY_SOCKETS_TEXT, /Close some of them/);
});
