/**
 * Ticket types, one ticket per attendee per event, and invite links: the way an attendee
 * registers (an account and a ticket of the link's type in one step).
 */
package org.hallway.ticket;
