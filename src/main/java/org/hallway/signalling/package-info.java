/**
 * Signalling: the event's realtime layer (docs/protocol.md). The event socket
 * ({@code /ws/events/{slug}}, one per browser tab) carries channels every feature uses; features own
 * the gates of their channel kinds ({@code ChannelGate}) and the handlers of their message types
 * ({@code MessageHandler}), and push only through {@code Realtime}, from observers of committed
 * facts. One envelope, one message-type enum and one refusal-to-error-code table serve both sockets.
 * The networking socket ({@code /ws/networking/{sessionId}}) stays its own: a thin endpoint over the
 * networking engine, whose relays go partner to partner without touching the database. Sockets send
 * through bounded asynchronous outlets; an abuse meter closes sockets that misbehave.
 */
package org.hallway.signalling;
