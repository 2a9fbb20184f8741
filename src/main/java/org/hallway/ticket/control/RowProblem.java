package org.hallway.ticket.control;

/** Why one line of an attendee import was not imported; {@code line} counts from 1 (the header). */
public record RowProblem(int line, String email, String message) {}
