package org.hallway.ticket.control;

/** One registration as organisers see it, mapped inside the transaction; {@code issuedAt} in server time (UTC). */
public record RegistrationRow(
        long ticketId, String name, String email, boolean emailVerified, String ticketType, String issuedAt)
        implements java.io.Serializable {}
