package org.hallway.stage.control;

import java.util.Set;

/**
 * What one person may do on one session's stage at this moment, as Hallway decided it from the
 * session's state, its speakers and moderators and the room's rules (admission, removal).
 *
 * @param room      the Janus VideoRoom of the session (its id: the session's id)
 * @param publish   may send camera and microphone (a speaker or moderator, before and while LIVE)
 * @param subscribe may watch: backstage people in the green room, every admitted person while LIVE
 * @param feeds     the publisher ids that may be on this stage (the accounts allowed to publish)
 * @param moderator may take people off the stage and mute them
 */
public record StagePass(
        long sessionId,
        long accountId,
        String displayName,
        long room,
        boolean publish,
        boolean subscribe,
        Set<Long> feeds,
        boolean moderator) {

    public StagePass {
        feeds = Set.copyOf(feeds);
    }
}
