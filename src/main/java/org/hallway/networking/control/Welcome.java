package org.hallway.networking.control;

import java.util.List;
import org.hallway.account.control.Person;

/**
 * What an attendee learns when their socket opens: themselves, the session, its rules, where
 * they stand, and the notices only for them that follow (a resumed meeting).
 */
public record Welcome(
        Person you,
        long sessionId,
        String sessionName,
        boolean live,
        int meetingSeconds,
        int extensionWindowSeconds,
        int leaveAfterSeconds,
        int maxExtensions,
        Outcome.Standing standing,
        List<Notice> forYou) {}
