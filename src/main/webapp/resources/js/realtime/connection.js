// One WebSocket kept open (docs/protocol.md, "Reconnecting and resuming"), shared by the event
// socket's client and the networking socket: JSON frames in and out, reconnecting with back-off and
// jitter (reconnect.js), stopping for good on a permanent refusal, a keep-alive ping, and the clock
// skew between this browser and the server (from every serverTime).

import { MOVED, RetryTimer, backoffDelay, movedDelay, permanentRefusal, urgentDelay } from './reconnect.js';

const PING_EVERY_MS = 20000;
const POLICY_VIOLATION = 1008;
const REVOKED = 4003;
/** The account holds as many sockets of this kind as the server allows (docs/protocol.md). */
export const TOO_MANY_SOCKETS = 4008;
export const TOO_MANY_SOCKETS_TEXT = 'Too many of your tabs or windows are connected to this event at once. '
  + 'Close some of them, then reload this page.';

// Wrapped: the browser's timer functions throw "Illegal invocation" when called as another object's methods.
export const BROWSER_TIMERS = {
  now: () => Date.now(),
  every: (f, ms) => setInterval(f, ms),
  stop: (id) => clearInterval(id),
  later: (f, ms) => setTimeout(f, ms),
  cancel: (id) => clearTimeout(id),
};

/** Turns a socket path ("/ctx/ws/events/demo") into a ws: or wss: URL of this origin. */
export function socketUrl(path, location = window.location) {
  const url = new URL(path, location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export class Connection {
  /**
   * @param {string} url the ws:/wss: URL
   * @param {object} options
   *   refusals: what each X-Hallway-Refusal of this socket's handshake means (permanent);
   *   closes: { code: status } close codes that stop reconnecting with a status of their own (e.g. 4001 'replaced');
   *   onStatus(status, detail): 'connecting' | 'open' | 'reconnecting' ({attempt, secondsLeft}) |
   *     'refused' ({reason}: permanent, no more retries) | 'closed' | a status of `closes`;
   *   onOpen(), onMessage(message) (a parsed envelope), onDrop() (an open socket closed), ping() (keep-alive);
   *   urgent(): true while something waits for this socket (a running meeting): short first retries;
   *   env: injectable for tests { WebSocket, fetch, timers, random, window, document }
   */
  constructor(url, options) {
    const env = options.env || {};
    this.url = url;
    this.options = options;
    this.WebSocket = env.WebSocket || globalThis.WebSocket;
    this.fetch = env.fetch || ((...args) => globalThis.fetch(...args));
    this.timers = env.timers || BROWSER_TIMERS;
    this.random = env.random || Math.random;
    this.socket = null;
    this.attempt = 0;
    this.stopped = false;
    this.skewMs = 0; // server clock minus local clock
    this.pinger = null;
    this.pingSentAt = 0;
    this.retry = new RetryTimer((secondsLeft) => this.status('reconnecting', { attempt: this.attempt, secondsLeft }),
      this.timers);
    this.listenForWakeUps(env.window || globalThis.window, env.document || globalThis.document);
  }

  /**
   * The browser says the network is back (`online`) or the tab is seen again (`visibilitychange`;
   * background tabs' timers are throttled): a pending retry runs at once instead of waiting out its
   * back-off step, which after a 10 s outage would come only at about 15 s.
   */
  listenForWakeUps(win, doc) {
    if (!win || typeof win.addEventListener !== 'function') {
      return;
    }
    this.wakeUp = () => {
      if (this.stopped || this.isOpen() || (doc && doc.visibilityState === 'hidden')) {
        return;
      }
      this.wokenUp = true; // a try under way that fails, or a retry being decided, goes again at once
      this.retry.now();
    };
    this.wakeTargets = [[win, 'online'], [doc || win, 'visibilitychange']];
    this.wakeTargets.forEach(([target, type]) => target.addEventListener(type, this.wakeUp));
  }

  connect() {
    if (this.stopped || this.socket) {
      return;
    }
    this.status(this.attempt === 0 ? 'connecting' : 'reconnecting', { attempt: this.attempt });
    this.wokenUp = false;
    let opened = false;
    const socket = new this.WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      opened = true;
      this.attempt = 0;
      this.wokenUp = false;
      this.pinger = this.timers.every(() => {
        this.pingSentAt = this.timers.now();
        this.options.ping();
      }, PING_EVERY_MS);
      this.options.onOpen?.(); // resubscribes and sends what waited, before the page hears "open"
      this.status('open', {});
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) {
        return;
      }
      this.socket = null;
      this.timers.stop(this.pinger);
      this.options.onDrop?.();
      const own = (this.options.closes || {})[event.code];
      if (own) {
        this.stop();
        this.status(own, {});
      } else if (this.stopped) {
        this.status('closed', {});
      } else if (event.code === REVOKED) { // reconnecting would only be refused
        this.refuse('Your ticket for this event was revoked.');
      } else if (event.code === TOO_MANY_SOCKETS) { // retrying would only take another tab's place, or fail again
        this.refuse(TOO_MANY_SOCKETS_TEXT);
      } else if (event.code === POLICY_VIOLATION) {
        // The endpoint itself refused us (not admitted, or too many refused messages): final.
        this.refuse('The server closed the connection: ' + (event.reason || 'refused') + '.');
      } else if (event.code === MOVED) {
        // the floor's new node is up and serving: no back-off step (the attempt count stays reset)
        this.retry.scheduleIn(movedDelay(this.random), () => this.connect());
      } else {
        this.retryLater(opened);
      }
    };
  }

  /** After a drop: ask why a handshake failed (a permanent refusal stops here), else back off. */
  async retryLater(opened) {
    if (!opened) {
      const reason = await permanentRefusal(this.url.replace(/^ws/, 'http'), this.fetch, this.options.refusals);
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
    const woken = this.wokenUp;
    this.wokenUp = false;
    const delay = woken ? 0
      : this.options.urgent?.() ? urgentDelay(attempt, this.random) : backoffDelay(attempt, this.random);
    this.retry.scheduleIn(delay, () => this.connect());
  }

  /** The "Retry now" button: reconnects at once when a retry is pending. */
  retryNow() {
    this.retry.now();
  }

  refuse(reason) {
    this.stop();
    this.status('refused', { reason });
  }

  stop() {
    this.stopped = true;
    this.retry.cancel();
    (this.wakeTargets || []).forEach(([target, type]) => target.removeEventListener(type, this.wakeUp));
  }

  close() {
    this.stop();
    if (this.socket) {
      this.socket.close(1000, 'Page left');
    }
  }

  isOpen() {
    return this.socket !== null && this.socket.readyState === 1;
  }

  /** Sends one envelope; false when the socket is not open. */
  send(envelope) {
    if (!this.isOpen()) {
      return false;
    }
    this.socket.send(JSON.stringify(envelope));
    return true;
  }

  /** The server's clock now, in epoch milliseconds. */
  serverNow() {
    return this.timers.now() + this.skewMs;
  }

  /** A server instant (ISO-8601) as a local epoch-millisecond time, corrected for the skew. */
  toLocal(instant) {
    return Date.parse(instant) - this.skewMs;
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
    if (message.data && typeof message.data.serverTime === 'string') {
      this.learnSkew(message.data.serverTime, message.type === 'pong' ? this.pingSentAt : 0);
    }
    this.options.onMessage(message);
  }

  /** skew = serverTime − local time on receipt; for a pong, the midpoint of the round trip. */
  learnSkew(serverTime, sentAt) {
    const server = Date.parse(serverTime);
    if (Number.isNaN(server)) {
      return;
    }
    const now = this.timers.now();
    const local = sentAt > 0 && now - sentAt < 5000 ? (sentAt + now) / 2 : now;
    this.skewMs = server - local;
  }

  status(status, detail) {
    this.options.onStatus?.(status, detail);
  }
}
