/**
 * Realtime: the floor under every feature's sockets (docs/protocol.md), as {@code platform} is under
 * everything; it imports no feature. It holds only what every socket shares: the envelope and its
 * codec ({@code Envelope}, {@code EnvelopeCodec}), the one message-type enum ({@code MessageType}),
 * refusals and their wire codes ({@code Refusal}, {@code Refused}, {@code ErrorCode}), per-socket
 * outboxes ({@code Outlet}) and manners ({@code AbuseMeter}), the handler registry and the one
 * pipeline both sockets use, and the event socket ({@code /ws/events/{slug}}, one per browser tab)
 * with its channels, their registry and {@code Realtime}, the one way features push. Features sit
 * above it: each owns the gates of its channel kinds ({@code ChannelGate}) and the handlers of its
 * message types ({@code MessageHandler}) and registers them as CDI beans; who may open the event
 * socket is asked through {@code EventDoor} (answered by the ticket feature). Networking owns its own
 * socket ({@code /ws/networking/{sessionId}}) and configures the same pipeline.
 */
package org.hallway.realtime;
