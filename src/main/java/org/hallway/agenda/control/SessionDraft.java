package org.hallway.agenda.control;

import java.time.LocalDateTime;
import java.util.Set;
import org.hallway.agenda.entity.SessionType;

/**
 * What an organiser submits for a session: people as account ids, times local to the event's zone.
 *
 * @param id              the session being edited, or null for a new one
 * @param expectedVersion the version the form was loaded from (ignored for a new session)
 * @param startsAutomatically whether the scheduler starts and ends the session at its times
 */
public record SessionDraft(Long id, Long expectedVersion, SessionType type, String name, String description,
                           String track, LocalDateTime startsAt, LocalDateTime endsAt, Integer capacity,
                           Set<Long> speakerIds, Set<Long> moderatorIds, boolean startsAutomatically) {

    /** A draft of a session started by hand. */
    public SessionDraft(Long id, Long expectedVersion, SessionType type, String name, String description,
                        String track, LocalDateTime startsAt, LocalDateTime endsAt, Integer capacity,
                        Set<Long> speakerIds, Set<Long> moderatorIds) {
        this(id, expectedVersion, type, name, description, track, startsAt, endsAt, capacity, speakerIds,
                moderatorIds, false);
    }

    public SessionDraft {
        name = strip(name);
        track = strip(track);
        description = description == null || description.isBlank() ? null : description;
        speakerIds = speakerIds == null ? Set.of() : Set.copyOf(speakerIds);
        moderatorIds = moderatorIds == null ? Set.of() : Set.copyOf(moderatorIds);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
