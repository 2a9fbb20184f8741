package org.hallway.agenda.control;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallway.account.control.Person;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;

/**
 * A session as the schedule rules see it: either the one being saved (id null when new) or one
 * already on the agenda. Speakers and moderators are the people booked for it.
 */
public record SessionPlan(
        Long id,
        SessionType type,
        String name,
        String description,
        String track,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Integer capacity,
        Set<Person> speakers,
        Set<Person> moderators) {

    public SessionPlan {
        speakers = speakers == null ? Set.of() : Set.copyOf(speakers);
        moderators = moderators == null ? Set.of() : Set.copyOf(moderators);
    }

    public static SessionPlan of(AgendaSession session) {
        return new SessionPlan(
                session.getId(),
                session.getType(),
                session.getName(),
                session.getDescription(),
                session.getTrack(),
                session.getStartsAt(),
                session.getEndsAt(),
                session.getCapacity(),
                people(session.getSpeakers()),
                people(session.getModerators()));
    }

    private static Set<Person> people(Set<Account> accounts) {
        return accounts.stream().map(Person::of).collect(Collectors.toSet());
    }
}
