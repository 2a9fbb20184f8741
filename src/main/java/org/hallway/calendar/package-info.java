/**
 * Calendar files (iCalendar, RFC 5545): one per session and one of an attendee's "My agenda", in the
 * event's time zone with its VTIMEZONE; and the secret per-person address a calendar app subscribes
 * to (revocable), which always answers the agenda as it stands, so a moved session moves there too.
 */
package org.hallway.calendar;
