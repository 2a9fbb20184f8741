package org.hallway.ticket.control;

import java.util.List;

/**
 * Committed fact: an organiser revoked an attendee's ticket. Carries the event's session ids, so
 * observers (the socket registry) can close what the attendee has open without a query.
 */
public record TicketRevoked(long eventId, long accountId, List<Long> sessionIds) {}
