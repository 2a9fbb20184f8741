// The networking socket of docs/protocol.md: one JSON envelope per frame, handlers by type, on the
// shared connection (realtime/connection.js: reconnect with back-off, permanent refusals, clock skew).

import { REFUSALS } from '../realtime/reconnect.js';
import { Connection, socketUrl } from '../realtime/connection.js';

const REPLACED = 4001;

export { socketUrl };

export class NetworkingSocket {
  /**
   * @param {string} url the ws:/wss: URL
   * @param {(status: string, detail?: object) => void} onStatus 'connecting' | 'open' |
   *   'reconnecting' ({secondsLeft}) | 'refused' ({reason}: permanent, no more retries) | 'replaced' | 'closed'
   * @param {() => boolean} urgent true while a meeting runs: its partner waits only the grace period,
   *   so the first retries come within 250 ms to 2 s instead of backing off to 8 s
   */
  constructor(url, onStatus = () => {}, urgent = () => false) {
    this.handlers = new Map();
    this.nextId = 1;
    this.connection = new Connection(url, {
      refusals: REFUSALS,
      closes: { [REPLACED]: 'replaced' },
      onStatus,
      urgent,
      onMessage: (message) => this.receive(message),
      ping: () => this.send('ping'),
    });
  }

  /** Registers the handler of a server message type (one per type). */
  on(type, handler) {
    this.handlers.set(type, handler);
    return this;
  }

  connect() {
    this.connection.connect();
  }

  /** The "Retry now" button: reconnects at once when a retry is pending. */
  retryNow() {
    this.connection.retryNow();
  }

  close() {
    this.connection.close();
  }

  /** Sends one message; its id, or false when the socket is not open (the caller shows that). */
  send(type, data) {
    const envelope = { type, id: 'c-' + this.nextId++ };
    if (data !== undefined) {
      envelope.data = data;
    }
    if (!this.connection.send(envelope)) {
      return false;
    }
    if (type !== 'signal') {
      console.debug('networking → ' + type + ' ' + envelope.id);
    }
    return envelope.id;
  }

  /** The server's clock now, in epoch milliseconds. */
  serverNow() {
    return this.connection.serverNow();
  }

  /** A server instant (ISO-8601) as a local epoch-millisecond time, corrected for the skew. */
  toLocal(instant) {
    return this.connection.toLocal(instant);
  }

  receive(message) {
    const data = message.data || {};
    if (message.type !== 'signal') {
      console.debug('networking ← ' + message.type + ' ' + JSON.stringify(data));
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
}
