// The event's realtime client (docs/protocol.md, "The event socket"): one socket per tab for the
// whole event, channels with their listeners (subscribed again after every reconnect), requests
// answered by id, sends queued while the socket is down, and reconnecting with back-off and jitter.

import { EVENT_REFUSALS } from './reconnect.js';
import { Connection, socketUrl, BROWSER_TIMERS } from './connection.js';

/** How many sends wait for the socket at most; one more is rejected with `queue-full`. */
export const MAX_QUEUED = 50;
/** How long a request waits for its answer before it is rejected with `timeout`. */
export const ANSWER_TIMEOUT_MS = 15000;

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
  return socketUrl(contextPath.replace(/\/?$/, '/') + 'ws/events/' + encodeURIComponent(slug), location);
}

export class RealtimeClient {
  /**
   * @param {string} url the event socket's ws:/wss: URL
   * @param {object} [env] injectable for tests: WebSocket, fetch, timers ({ now, every, stop, later, cancel }), random
   */
  constructor(url, env = {}) {
    this.timers = env.timers || BROWSER_TIMERS;
    this.state = 'closed';
    this.detail = {};
    this.nextId = 1;
    this.channels = new Map(); // wire channel -> { listeners: Set, refused: Set }
    this.handlers = new Map(); // type -> Set of handlers
    this.pending = new Map(); // request id -> { resolve, reject, timer }
    this.queue = []; // requests (with their promise's settlers) waiting for an open socket
    this.connection = new Connection(url, {
      refusals: EVENT_REFUSALS,
      env: { ...env, timers: this.timers },
      onStatus: (status, detail) => this.connectionStatus(status, detail),
      onOpen: () => this.opened(),
      onDrop: () => this.failPending('connection-lost', 'The connection dropped before the answer came.'),
      onMessage: (message) => this.receive(message),
      ping: () => this.request('ping').catch(() => {}),
    });
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
    this.connection.retryNow();
  }

  /** The server's clock now, in epoch milliseconds. */
  serverNow() {
    return this.connection.serverNow();
  }

  close() {
    this.connection.close();
    this.failAll('closed', 'The connection was closed.');
    this.setState('closed', {});
  }

  // ---------------------------------------------------------------- the socket's side

  connect() {
    this.connection.connect();
    return this;
  }

  isOpen() {
    return this.connection.isOpen();
  }

  get stopped() {
    return this.connection.stopped;
  }

  opened() {
    for (const channel of this.channels.keys()) {
      this.subscribeOnServer(channel);
    }
    this.queue.splice(0).forEach((item) => this.transmit(item));
  }

  /** The connection's statuses as the page's three states: connecting, open, closed (with why and when again). */
  connectionStatus(status, detail) {
    if (status === 'open') {
      this.setState('open', {});
    } else if (status === 'connecting' || (status === 'reconnecting' && !detail.secondsLeft)) {
      this.setState('connecting', { attempt: detail.attempt });
    } else if (status === 'reconnecting') {
      this.setState('closed', { retryIn: detail.secondsLeft });
    } else if (status === 'refused') {
      this.failAll('refused', detail.reason);
      this.setState('closed', { refused: detail.reason });
    } else {
      this.setState('closed', {});
    }
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
    this.connection.send(envelope);
  }

  receive(message) {
    const data = message.data || {};
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
    if (message.type === 'unsubscribed' && data.removed === true && typeof data.channel === 'string') {
      // a moderator removed this person from the room: the server dropped the channel, so must we
      const entry = this.channels.get(data.channel);
      if (entry) {
        this.channels.delete(data.channel);
        entry.refused.forEach((onRefused) => safely(onRefused, new RealtimeError('removed', 'A moderator removed you from this room.')));
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

const clients = new Map();

/**
 * The page's one client of the event `slug` (a tab has one event socket): made and connected on
 * the first call, the same one after. The context path defaults to the event template's
 * `#realtime-connection` element's `data-context-path`.
 */
export function connect(slug, contextPath = templateData().contextPath || '/') {
  if (!clients.has(slug)) {
    clients.set(slug, new RealtimeClient(eventSocketUrl(contextPath, slug)).connect());
  }
  return clients.get(slug);
}

/** The client of the event the page shows (the event template's `data-event`); null on other pages. */
export function eventClient() {
  const { event, contextPath } = templateData();
  return event ? connect(event, contextPath) : null;
}

function templateData() {
  const box = typeof document === 'undefined' ? null : document.getElementById('realtime-connection');
  return box ? box.dataset : {};
}
