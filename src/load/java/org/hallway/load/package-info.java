/**
 * The load driver (test scope, never in the WAR): starts Payara Micro with Hallway, imports
 * attendees through the admin API, drives N simulated attendees over the networking WebSocket
 * and the same relay load against a bare relay, measures start-up, and writes docs/performance.md's
 * load figures. Run with {@code mvn -B -Pload verify} (see docs/performance.md).
 */
package org.hallway.load;
