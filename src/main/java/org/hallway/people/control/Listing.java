package org.hallway.people.control;

import java.io.Serializable;
import org.hallway.account.control.Person;

/** One attendee as the directory shows them: the public profile and the ticket type. */
public record Listing(Person person, String ticketType) implements Serializable {}
