/**
 * The agenda: stage, regular and networking sessions in parallel tracks, the rules that keep a
 * schedule free of clashes, seats within capacity, and the sessions' live state.
 */
package org.hallway.agenda;
