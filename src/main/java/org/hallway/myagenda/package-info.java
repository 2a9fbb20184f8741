/**
 * My agenda: the sessions an attendee keeps ("Add to my agenda" on the agenda and in a session's
 * room), listed by time with the clashes between them shown (never refused).
 */
package org.hallway.myagenda;
