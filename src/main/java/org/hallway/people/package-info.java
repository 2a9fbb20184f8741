/**
 * People: an event's directory of its attendees who chose to be listed (a profile setting, on by
 * default), with their headshot, name, headline and ticket type, a search by name or headline, pages
 * of a few dozen (a paged, indexed query with a count: fine at 10,000 attendees), and a way to
 * message each one. Only ticket holders and organisers of the event see it.
 */
package org.hallway.people;
