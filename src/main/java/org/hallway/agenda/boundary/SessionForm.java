package org.hallway.agenda.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.ContentKind;
import org.hallway.agenda.entity.SessionType;

/**
 * What the session form needs, as values read inside one transaction ({@link AgendaAdministration#form}):
 * the session being edited (null for a new one) and the people it may book.
 */
public record SessionForm(Saved session, List<Person> people) implements Serializable {

    /** A person who may speak or moderate. */
    public record Person(long id, String displayName, String email) implements Serializable {

        static Person of(Account account) {
            return new Person(account.getId(), account.getDisplayName(), account.getEmail());
        }
    }

    /** The session as stored, with the version the form will be saved against. */
    public record Saved(
            long id,
            Long version,
            SessionType type,
            String name,
            String description,
            String track,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            Integer capacity,
            boolean startsAutomatically,
            ContentKind contentKind,
            String contentUrl,
            String preSessionVideoUrl,
            Long preSessionImageId,
            List<Long> speakerIds,
            List<Long> moderatorIds)
            implements Serializable {

        /** Call it inside the transaction that loaded the session with its speakers and moderators. */
        static Saved of(AgendaSession s, Long version) {
            return new Saved(
                    s.getId(),
                    version,
                    s.getType(),
                    s.getName(),
                    s.getDescription(),
                    s.getTrack(),
                    s.getStartsAt(),
                    s.getEndsAt(),
                    s.getCapacity(),
                    s.isStartsAutomatically(),
                    s.getContentKind(),
                    s.getContentUrl(),
                    s.getPreSessionVideoUrl(),
                    s.getPreSessionImageId(),
                    s.getSpeakers().stream().map(Account::getId).toList(),
                    s.getModerators().stream().map(Account::getId).toList());
        }
    }
}
