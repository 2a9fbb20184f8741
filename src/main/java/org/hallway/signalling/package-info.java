/**
 * Signalling: the networking WebSocket of docs/protocol.md. One envelope and one message-type
 * enum, a defensive codec, the registry of who is on which socket (with bounded asynchronous
 * sending), an abuse meter, the handshake checks and a thin endpoint that delegates to the
 * networking engine. Relays go partner to partner without touching the database.
 */
package org.hallway.signalling;
