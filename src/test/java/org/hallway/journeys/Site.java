package org.hallway.journeys;

/**
 * What a journey needs of a running Hallway: the address a person types, the mails it sent, and a
 * name for messages (e.g. {@code payara+h2}, {@code two nodes behind the balancer}).
 */
public interface Site {

    /** The site's address, ending in a slash. */
    String address();

    /** The mails the site sent, as their recipients receive them. */
    Mailbox mailbox();

    String name();
}
