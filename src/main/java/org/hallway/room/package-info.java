/**
 * Session rooms: what Join opens for a STAGE or SESSION — the content (stream, video or meeting
 * link) or, without it, the description, speakers and a countdown; seats within capacity taken on
 * entry and released on leaving; attendance rows; Q&A; presence; and the moderators' controls
 * (start/end, pin, remove a person, a backstage note).
 */
package org.hallway.room;
