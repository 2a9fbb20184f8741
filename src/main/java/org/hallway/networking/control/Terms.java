package org.hallway.networking.control;

/**
 * The timing of one meeting, fixed when it starts (rule changes apply to the next meetings).
 *
 * @param meetingMillis    the meeting's planned length; an extension adds half of it
 * @param windowMillis     how long before the end the extension is offered
 * @param leaveAfterMillis how long after the start leaving is allowed
 * @param maxExtensions    how many extensions a meeting may get
 * @param mediaMillis      how long after the start both sides must report flowing media
 * @param graceMillis      how long a meeting waits for a partner whose socket dropped
 */
public record Terms(
        long meetingMillis,
        long windowMillis,
        long leaveAfterMillis,
        int maxExtensions,
        long mediaMillis,
        long graceMillis) {

    public long extensionMillis() {
        return meetingMillis / 2;
    }
}
