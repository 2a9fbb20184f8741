// The networking socket of docs/protocol.md: one JSON envelope per frame, reconnect with
// back-off (reconnect.js), and the clock skew between this browser and the server (from every serverTime).

import { RetryTimer, permanentRefusal } from '../realtime/reconnect.js';

const PING_EVERY_MS = 20000;
const REPLACED = 4001;
const POLICY_VIOLATION = 1008;
const REVOKED = 4003;

/** Turns the page's socket path ("/ctx/ws/networking/12") into a ws: or wss: URL of this origin. */
export function socketUrl(path, location = window.location) {
  const url = new URL(path, location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export class NetworkingSocket {
  /**
   * @param {string} url the ws:/wss: URL
   * @param {(status: string, detail?: object) => void} onStatus 'connecting' | 'open' |
   *   'reconnecting' ({secondsLeft}) | 'refused' ({reason}: permanent, no more retries) | 'replaced' | 'closed'
   */
  constructor(url, onStatus = () => {}) {
    this.url = url;
    this.onStatus = onStatus;
    this.handlers = new Map();
    this.skewMs = 0; // server clock minus local clock
    this.socket = null;
    this.attempt = 0;
    this.nextId = 1;
    this.stopped = false;
    this.pingTimer = null;
    this.pingSentAt = 0;
    this.retry = new RetryTimer((secondsLeft) => this.onStatus('reconnecting', { attempt: this.attempt, secondsLeft }));
  }

  /** Registers the handler of a server message type (one per type). */
  on(type, handler) {
    this.handlers.set(type, handler);
    return this;
  }

  connect() {
    if (this.stopped) {
      return;
    }
    this.onStatus(this.attempt === 0 ? 'connecting' : 'reconnecting', { attempt: this.attempt });
    let opened = false;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      opened = true;
      this.attempt = 0;
      this.onStatus('open');
      this.pingTimer = setInterval(() => this.ping(), PING_EVERY_MS);
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => {
      clearInterval(this.pingTimer);
      if (this.socket !== socket) {
        return;
      }
      this.socket = null;
      if (event.code === REPLACED) {
        this.stopped = true;
        this.onStatus('replaced');
        return;
      }
      if (this.stopped) {
        this.onStatus('closed');
        return;
      }
      if (event.code === REVOKED) { // reconnecting would only be refused
        this.refuse('Your ticket for this event was revoked.');
        return;
      }
      if (event.code === POLICY_VIOLATION) {
        // The endpoint itself refused us (not admitted, or too many refused messages): final.
        this.refuse('The server closed the networking connection: ' + (event.reason || 'refused') + '.');
        return;
      }
      this.retryLater(opened);
    };
  }

  /** After a drop: ask why a handshake failed (a permanent refusal stops here), else back off. */
  async retryLater(opened) {
    if (!opened) {
      const reason = await permanentRefusal(this.url.replace(/^ws/, 'http'));
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
    this.retry.schedule(attempt, () => this.connect());
  }

  /** The "Retry now" button: reconnects at once when a retry is pending. */
  retryNow() {
    this.retry.now();
  }

  refuse(reason) {
    this.stopped = true;
    this.retry.cancel();
    this.onStatus('refused', { reason });
  }

  /** Sends one message; false when the socket is not open (the caller shows that). */
  send(type, data) {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) {
      return false;
    }
    const envelope = { type, id: 'c-' + this.nextId++ };
    if (data !== undefined) {
      envelope.data = data;
    }
    this.socket.send(JSON.stringify(envelope));
    if (type !== 'signal') {
      console.debug('networking → ' + type + ' ' + envelope.id);
    }
    return envelope.id;
  }

  ping() {
    this.pingSentAt = Date.now();
    this.send('ping');
  }

  close() {
    this.stopped = true;
    this.retry.cancel();
    if (this.socket) {
      this.socket.close(1000, 'Page left');
    }
  }

  /** The server's clock now, in epoch milliseconds. */
  serverNow() {
    return Date.now() + this.skewMs;
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
      console.warn('networking: not JSON from the server', e);
      return;
    }
    if (!message || typeof message.type !== 'string') {
      return;
    }
    const data = message.data || {};
    if (message.type !== 'signal') {
      console.debug('networking ← ' + message.type + ' ' + JSON.stringify(data));
    }
    if (typeof data.serverTime === 'string') {
      this.learnSkew(data.serverTime, message.type === 'pong' ? this.pingSentAt : 0);
    }
    const handler = this.handlers.get(message.type);
    if (handler) {
      try {
        handler(data, message);
      } catch (e) {
        console.error('networking: handling ' + message.type + ' failed', e);
      }
    }
  }

  /** skew = serverTime − local time on receipt; for a pong, the midpoint of the round trip. */
  learnSkew(serverTime, sentAt) {
    const server = Date.parse(serverTime);
    if (Number.isNaN(server)) {
      return;
    }
    const now = Date.now();
    const local = sentAt > 0 && now - sentAt < 5000 ? (sentAt + now) / 2 : now;
    this.skewMs = server - local;
  }
}
