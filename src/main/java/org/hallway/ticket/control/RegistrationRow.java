package org.hallway.ticket.control;

/** One registration as organisers see it, mapped inside the transaction. */
public record RegistrationRow(
        long ticketId, String name, String email, boolean emailVerified, String ticketType, String issuedAt)
        implements java.io.Serializable {

    // bean getters for Facelets EL
    public long getTicketId() {
        return ticketId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getTicketType() {
        return ticketType;
    }
    /** When the ticket was issued (server time, UTC). */
    public String getIssuedAt() {
        return issuedAt;
    }
}
