/**
 * Networking sessions: attendees say "I'm Ready", are paired at random 1:1 (honouring the
 * ticket-type matrix, the re-match cooldown and blocks) into timed meetings whose clocks the
 * server owns; they can extend a meeting, request a connection, leave, block or report, and
 * list their matches afterwards. Each session's matching state ({@code control.SessionFloor}, in
 * the registry {@code control.NetworkingSessions}) has one writer, its {@code SessionLane}; the
 * database follows through the {@code NetworkingJournal}. Networking owns its socket above the
 * {@code realtime} floor: the endpoint and handshake ({@code boundary.NetworkingEndpoint},
 * {@code boundary.NetworkingHandshake}), its message handlers ({@code control.NetworkingMessages}),
 * its socket registry and the notices' wire form ({@code control.SocketRegistry},
 * {@code control.NoticeWire}, {@code control.NoticeDelivery}), and the floors served by other nodes
 * ({@code boundary.RemoteFloors}, {@code boundary.FloorWatch}).
 */
package org.hallway.networking;
