package org.hallway.ticket.control;

/**
 * One valid line of an attendee import: a normalised e-mail, a display name, the ticket type's
 * id and the password given on the line (null: none given).
 */
public record AttendeeRow(int line, String email, String displayName, long ticketTypeId, String password) {}
