package org.hallway.people.control;

import java.io.Serializable;
import org.hallway.account.control.Person;

/** One attendee as the directory shows them: the public profile and the ticket type. */
public record Listing(Person person, String ticketType) implements Serializable {

    // Bean-style names for Faces pages (Expression Language 5 does not read record components).

    public Person getPerson() {
        return person;
    }

    public String getTicketType() {
        return ticketType;
    }
}
