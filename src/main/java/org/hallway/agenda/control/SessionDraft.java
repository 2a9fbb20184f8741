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
 * @param content         what the room shows (a video or a meeting link), checked on save
 * @param contentUrl      the video's or meeting's address
 * @param preSessionVideoUrl a video shown on the direct link until the session is live, or blank
 */
public record SessionDraft(
        Long id,
        Long expectedVersion,
        SessionType type,
        String name,
        String description,
        String track,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Integer capacity,
        Set<Long> speakerIds,
        Set<Long> moderatorIds,
        boolean startsAutomatically,
        ContentRules.Use content,
        String contentUrl,
        String preSessionVideoUrl) {

    /** A draft without content. */
    public SessionDraft(
            Long id,
            Long expectedVersion,
            SessionType type,
            String name,
            String description,
            String track,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            Integer capacity,
            Set<Long> speakerIds,
            Set<Long> moderatorIds,
            boolean startsAutomatically) {
        this(
                id,
                expectedVersion,
                type,
                name,
                description,
                track,
                startsAt,
                endsAt,
                capacity,
                speakerIds,
                moderatorIds,
                startsAutomatically,
                ContentRules.Use.NONE,
                null,
                null);
    }

    /** A draft of a session started by hand. */
    public SessionDraft(
            Long id,
            Long expectedVersion,
            SessionType type,
            String name,
            String description,
            String track,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            Integer capacity,
            Set<Long> speakerIds,
            Set<Long> moderatorIds) {
        this(
                id,
                expectedVersion,
                type,
                name,
                description,
                track,
                startsAt,
                endsAt,
                capacity,
                speakerIds,
                moderatorIds,
                false);
    }

    public SessionDraft {
        name = strip(name);
        track = strip(track);
        description = description == null || description.isBlank() ? null : description;
        speakerIds = speakerIds == null ? Set.of() : Set.copyOf(speakerIds);
        moderatorIds = moderatorIds == null ? Set.of() : Set.copyOf(moderatorIds);
        content = content == null ? ContentRules.Use.NONE : content;
        contentUrl = strip(contentUrl);
        preSessionVideoUrl =
                preSessionVideoUrl == null || preSessionVideoUrl.isBlank() ? null : preSessionVideoUrl.strip();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
