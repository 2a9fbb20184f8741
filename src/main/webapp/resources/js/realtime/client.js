// The event's realtime client (docs/protocol.md, "The event socket"): one socket per tab for the
// whole event, channels with their listeners (subscribed again after every reconnect), requests
// answered by id, sends queued while the socket is down, and reconnecting with back-off and jitter.

import { RetryTimer, permanentRefusal, EVENT_REFUSALS } from './reconnect.js';

/** How many sends wait for the socket at most; one more is rejected with `queue-full`. */
export const MAX_QUEUED = 50;
/** How long a request waits for its answer before it is rejected with `timeout`. */
export const ANSWER_TIMEOUT_MS = 15000;
const PING_EVERY_MS = 20000;
const POLICY_VIOLATION = 1008;
const REVOKED = 4003;

/** A rejected request: `code` is the server's error code or one of the client's own. */
export class RealtimeError extends Error {
  constructor(code, message) {
    super(message || code);
    this.name = 'RealtimeError';
    this.code = code;
  }
}

/** The socket URL of an event, from the page's context path ("/ctx/") and this origin. */
export function eventSocketUrl(contextPath, slug, location = window.location) {
  const url = new URL(contextPath.replace(/\/?$/, '/') + 'ws/events/' + encodeURIComponent(slug), location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export class RealtimeClient {
  /**
   * @param {string} url the event socket's ws:/wss: URL
   * @param {object} [env] injectable for tests: WebSocket, fetch, timers ({ now, every, stop, later, cancel }), random
   */
  constructor(url, env = {}) {
    this.url = url;
    this.WebSocket = env.WebSocket || globalThis.WebSocket;
    this.fetch = env.fetch || ((...args) => globalThis.fetch(...args));
    this.timers = env.timers || BROWSER_TIMERS;
    this.random = env.random || Math.random;
    this.socket = null;
    this.state = 'closed';
    this.detail = {};
    this.attempt = 0;
    this.stopped = false;
    this.nextId = 1;
    this.skewMs = 0;
    this.channels = new Map(); // wire channel -> { listeners: Set, onRefused: Set }
    this.handlers = new Map(); // type -> Set of handlers
    this.pending = new Map(); // request id -> { resolve, reject, timer }
    this.queue = []; // envelopes (with their promise's settlers) waiting for an open socket
    this.pinger = null;
    this.retry = new RetryTimer((secondsLeft) => this.setState('closed', { retryIn: secondsLeft }), this.timers);
  }

  // ---------------------------------------------------------------- the page's side

  /**
   * Follows a channel ("session:42"): `onMessage(data, message)` gets every message of it. Returns a
   * function that stops following. `onRefused(error)` hears a refused subscription (it is not retried).
   */
  subscribe(channel, onMessage, onRefused = () => {}) {
    let entry = this.channels.get(channel);
    const first = !entry;
    if (first) {
      entry = { listeners: new Set(), refused: new Set() };
      this.channels.set(channel, entry);
    }
    entry.listeners.add(onMessage);
    entry.refused.add(onRefused);
    if (first && this.isOpen()) {
      this.subscribeOnServer(channel);
    }
    return () => {
      const current = this.channels.get(channel);
      if (!current || !current.listeners.delete(onMessage)) {
        return;
      }
      current.refused.delete(onRefused);
      if (current.listeners.size === 0) {
        this.channels.delete(channel);
        if (this.isOpen()) {
          this.request('unsubscribe', { channel }).catch(() => {});
        }
      }
    };
  }

  /**
   * Sends a request; the promise resolves with the answer carrying its id ({type, id, data}) and is
   * rejected with a RealtimeError of the server's code. While the socket is down it waits in a
   * bounded queue and goes out on reconnect; a full queue or a socket that stopped for good rejects.
   */
  send(type, data) {
    return this.request(type, data, true);
  }

  /** Hears every server message of a type (also those of channels); returns a function that stops it. */
  on(type, handler) {
    if (!this.handlers.has(type)) {
      this.handlers.set(type, new Set());
    }
    this.handlers.get(type).add(handler);
    return () => this.handlers.get(type).delete(handler);
  }

  /** Hears the connection state: 'connecting', 'open' or 'closed' ({retryIn} seconds, or {refused} for good). */
  onState(handler) {
    const off = this.on('state', handler);
    handler(this.state, this.detail);
    return off;
  }

  /** Reconnects at once when a retry is pending ("Retry now"). */
  retryNow() {
    this.retry.now();
  }

  /** The server's clock now, in epoch milliseconds. */
  serverNow() {
    return this.timers.now() + this.skewMs;
  }

  close() {
    this.stopped = true;
    this.retry.cancel();
    this.failAll('closed', 'The connection was closed.');
    if (this.socket) {
      this.socket.close(1000, 'Page left');
    }
    this.setState('closed', {});
  }

  // ---------------------------------------------------------------- the socket's side

  connect() {
    if (this.stopped || this.socket) {
      return this;
    }
    this.setState('connecting', { attempt: this.attempt });
    let opened = false;
    const socket = new this.WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      opened = true;
      this.attempt = 0;
      this.setState('open', {});
      for (const channel of this.channels.keys()) {
        this.subscribeOnServer(channel);
      }
      const waiting = this.queue.splice(0);
      waiting.forEach((item) => this.transmit(item));
      this.pinger = this.timers.every(() => this.request('ping').catch(() => {}), PING_EVERY_MS);
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) {
        return;
      }
      this.socket = null;
      this.timers.stop(this.pinger);
      // Sent but unanswered: the server may or may not have handled it; the caller decides.
      this.failPending('connection-lost', 'The connection dropped before the answer came.');
      if (this.stopped) {
        return;
      }
      if (event.code === REVOKED) {
        this.refuse('Your ticket for this event was revoked.');
      } else if (event.code === POLICY_VIOLATION) {
        this.refuse('The server closed the connection: ' + (event.reason || 'refused') + '.');
      } else {
        this.retryLater(opened);
      }
    };
    return this;
  }

  async retryLater(opened) {
    if (!opened) {
      const reason = await permanentRefusal(this.url.replace(/^ws/, 'http'), this.fetch, EVENT_REFUSALS);
      if (reason) {
        this.refuse(reason);
        return;
      }
    }
    if (this.stopped) {
      return;
    }
    const attempt = this.attempt;
    this.attempt += 1;
    this.retry.schedule(attempt, () => this.connect(), this.random);
  }

  refuse(reason) {
    this.stopped = true;
    this.retry.cancel();
    this.failAll('refused', reason);
    this.setState('closed', { refused: reason });
  }

  isOpen() {
    return this.socket !== null && this.socket.readyState === 1;
  }

  subscribeOnServer(channel) {
    this.request('subscribe', { channel }).catch((error) => {
      const entry = this.channels.get(channel);
      if (!entry || error.code === 'connection-lost' || error.code === 'closed' || error.code === 'refused') {
        return; // resubscribed on reconnect, or nothing left to tell
      }
      this.channels.delete(channel);
      entry.refused.forEach((onRefused) => onRefused(error));
    });
  }

  /** Sends now when open; else queues (queueing) or rejects. */
  request(type, data, queueing = false) {
    return new Promise((resolve, reject) => {
      const envelope = { type, id: 'c' + this.nextId++ };
      if (data !== undefined) {
        envelope.data = data;
      }
      const item = { envelope, resolve, reject };
      if (this.isOpen()) {
        this.transmit(item);
      } else if (!queueing || this.stopped) {
        reject(new RealtimeError(this.stopped ? 'closed' : 'connection-lost', 'Not connected.'));
      } else if (this.queue.length >= MAX_QUEUED) {
        reject(new RealtimeError('queue-full', 'Too many messages wait for the connection.'));
      } else {
        this.queue.push(item);
      }
    });
  }

  transmit(item) {
    const { envelope, resolve, reject } = item;
    const timer = this.timers.later(() => {
      if (this.pending.delete(envelope.id)) {
        reject(new RealtimeError('timeout', 'No answer from the server.'));
      }
    }, ANSWER_TIMEOUT_MS);
    this.pending.set(envelope.id, { resolve, reject, timer });
    this.socket.send(JSON.stringify(envelope));
  }

  receive(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch (e) {
      console.warn('realtime: not JSON from the server', e);
      return;
    }
    if (!message || typeof message.type !== 'string') {
      return;
    }
    const data = message.data || {};
    if (typeof data.serverTime === 'string') {
      const server = Date.parse(data.serverTime);
      if (!Number.isNaN(server)) {
        this.skewMs = server - this.timers.now();
      }
    }
    if (typeof message.id === 'string' && this.pending.has(message.id)) {
      const { resolve, reject, timer } = this.pending.get(message.id);
      this.pending.delete(message.id);
      this.timers.cancel(timer);
      if (message.type === 'error') {
        reject(new RealtimeError(data.code || 'failed', data.message));
      } else {
        resolve(message);
      }
    }
    if (typeof data.channel === 'string' && message.type !== 'subscribed' && message.type !== 'unsubscribed') {
      const entry = this.channels.get(data.channel);
      if (entry) {
        entry.listeners.forEach((listener) => safely(listener, data, message));
      }
    }
    (this.handlers.get(message.type) || []).forEach((handler) => safely(handler, data, message));
  }

  setState(state, detail) {
    this.state = state;
    this.detail = detail;
    (this.handlers.get('state') || []).forEach((handler) => safely(handler, state, detail));
  }

  failPending(code, reason) {
    const pending = [...this.pending.values()];
    this.pending.clear();
    pending.forEach(({ reject, timer }) => {
      this.timers.cancel(timer);
      reject(new RealtimeError(code, reason));
    });
  }

  failAll(code, reason) {
    this.failPending(code, reason);
    this.queue.splice(0).forEach(({ reject }) => reject(new RealtimeError(code, reason)));
  }
}

function safely(handler, ...args) {
  try {
    handler(...args);
  } catch (e) {
    console.error('realtime: a handler failed', e);
  }
}

// Wrapped: the browser's timer functions throw "Illegal invocation" when called as another object's methods.
const BROWSER_TIMERS = {
  now: () => Date.now(),
  every: (f, ms) => setInterval(f, ms),
  stop: (id) => clearInterval(id),
  later: (f, ms) => setTimeout(f, ms),
  cancel: (id) => clearTimeout(id),
};

const clients = new Map();

/**
 * The page's one client of the event `slug` (a tab has one event socket): made and connected on
 * the first call, the same one after. The context path comes from the page's
 * `<body data-context-path>` (the event template sets it).
 */
export function connect(slug, contextPath = document.body.dataset.contextPath || '/') {
  if (!clients.has(slug)) {
    clients.set(slug, new RealtimeClient(eventSocketUrl(contextPath, slug)).connect());
  }
  return clients.get(slug);
}
