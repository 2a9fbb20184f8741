/**
 * The live stage (issue 24): a session's room as a video room on the Janus WebRTC Server (its
 * VideoRoom plugin). Hallway stays the authority: it creates and destroys the Janus rooms, and a
 * browser reaches Janus only through Hallway's relay ({@code /ws/stage/{session}}), which checks
 * every Janus API message against what the person may do in that session now (publish only while
 * on stage, subscribe only to this session's room and feeds, nothing after removal) and adds the
 * API secret the browser never learns. Media flows between the browser and Janus over ICE.
 */
package org.hallway.stage;
