/**
 * Feedback surveys: organisers build a short survey per session and per event (1–5 scale, single
 * choice, free text; required or not); it opens for those who attended when the session ends (the
 * event's survey when the event is over), takes one response per attendee, editable until it closes,
 * and gives the organiser counts, averages, the free-text answers and a CSV export.
 */
package org.hallway.feedback;
