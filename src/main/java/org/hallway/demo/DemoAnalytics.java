package org.hallway.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.analytics.entity.EventPresence;
import org.hallway.event.entity.Event;
import org.hallway.networking.control.MeetingIds;
import org.hallway.networking.entity.Connection;
import org.hallway.networking.entity.EndReason;
import org.hallway.networking.entity.MediaRoute;
import org.hallway.networking.entity.Meeting;
import org.hallway.networking.entity.Rating;
import org.hallway.room.entity.RoomVisit;

/**
 * What the organisers' analytics show in the demo (admin/analytics.xhtml?event=demo): a morning of
 * the speed-networking session (twelve meetings among Alan, Barbara, Edsger and Margaret, one failed
 * for media, one whose partner was lost, some through TURN, extended, connected and rated), visits
 * to the live stream and who had the event open. Ada and Grace are left out, so they can meet in
 * the README's walk-through. Everything lies before the moment the demo is loaded.
 */
@ApplicationScoped
public class DemoAnalytics {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeetingIds ids;

    @Transactional
    public void load() {
        Event event = em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult();
        List<AgendaSession> sessions = em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                .setParameter("event", event)
                .getResultList();
        AgendaSession networking = named(sessions, "Speed networking");
        AgendaSession live = named(sessions, "Hallway live: welcome stream");
        long alan = account(DemoEvent.ATTENDEES.get(2));
        long barbara = account(DemoEvent.ATTENDEES.get(3));
        long edsger = account(DemoEvent.ATTENDEES.get(4));
        long margaret = account(DemoEvent.ATTENDEES.get(5));
        long[][] pairs = {
            {alan, barbara},
            {edsger, margaret},
            {barbara, margaret},
            {alan, edsger},
            {alan, margaret},
            {barbara, edsger}
        };
        Instant now = clock.instant();

        Meeting[] meetings = new Meeting[12];
        for (int i = 0; i < meetings.length; i++) {
            long[] pair = pairs[i % pairs.length];
            Instant start = now.minus(Duration.ofMinutes(190 - i * 15L));
            boolean extended = i % 4 == 0;
            int seconds = i == 4 ? 20 : i == 8 ? 75 : i == 6 ? 140 : extended ? 270 : 180;
            EndReason reason = i == 4
                    ? EndReason.MEDIA_FAILED
                    : i == 8 ? EndReason.PARTNER_LOST : i == 6 ? EndReason.LEFT : EndReason.TIME;
            var meeting = new Meeting(
                    ids.next(), networking.getId(), event.getId(), pair[0], pair[1], start, start.plusSeconds(seconds));
            meeting.waited(400L + (i * 1_700L) % 9_000, (i * 2_300L) % 6_000);
            MediaRoute route = i % 5 == 3 ? MediaRoute.RELAY : i % 4 == 1 ? MediaRoute.SRFLX : MediaRoute.HOST;
            meeting.mediaFlowed(pair[0], start.plusSeconds(2), route);
            if (reason != EndReason.MEDIA_FAILED) {
                meeting.mediaFlowed(pair[1], start.plusSeconds(3), MediaRoute.HOST);
            }
            meeting.extendTo(start.plusSeconds(seconds), extended ? 1 : 0);
            meeting.end(
                    start.plusSeconds(seconds),
                    reason,
                    reason == EndReason.LEFT ? pair[0] : null,
                    reason == EndReason.MEDIA_FAILED);
            em.persist(meeting);
            meetings[i] = meeting;
        }
        em.flush(); // connections and ratings refer to the meetings' rows
        for (int i : new int[] {0, 2, 3}) {
            Meeting m = meetings[i];
            var connection = new Connection(
                    event.getId(),
                    m.getFirstAccountId(),
                    m.getSecondAccountId(),
                    m.getId(),
                    m.getStartedAt().plusSeconds(60));
            if (i != 2) {
                connection.acceptBy(m.getSecondAccountId(), m.getStartedAt().plusSeconds(90));
            }
            em.persist(connection);
        }
        int[][] stars = {{5, 4}, {4, 4}, {3, 5}, {5, 5}, {2, 3}, {4, 5}};
        for (int i = 0; i < stars.length; i++) {
            Meeting m = meetings[i == 4 ? 7 : i]; // not the media-failed one
            rate(m, m.getFirstAccountId(), stars[i][0]);
            rate(m, m.getSecondAccountId(), stars[i][1]);
        }

        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        long[][] stays = {{alan, 200, 60}, {barbara, 180, 40}, {edsger, 150, 90}, {margaret, 100, 20}};
        for (long[] stay : stays) {
            var presence = new EventPresence(event.getId(), stay[0], at.minusMinutes(stay[1]));
            presence.leave(at.minusMinutes(stay[2]));
            em.persist(presence);
        }
        long[][] visits = {{alan, 170, 140}, {barbara, 160, 100}, {margaret, 90, 60}, {edsger, 150, 145}, {alan, 80, 70}
        };
        for (long[] visit : visits) {
            var stay = new RoomVisit(live.getId(), visit[0], at.minusMinutes(visit[1]));
            stay.leave(at.minusMinutes(visit[2]));
            em.persist(stay);
        }
    }

    /** A private rating as the ratings feature stores it; organisers see averages only. */
    private void rate(Meeting meeting, long rater, int stars) {
        var rating = new Rating(meeting.getId(), meeting.getSessionId(), rater, meeting.partnerOf(rater));
        rating.rate(stars, null, meeting.getEndedAt().plusSeconds(30));
        em.persist(rating);
    }

    private long account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .getId();
    }

    private static AgendaSession named(List<AgendaSession> sessions, String name) {
        return sessions.stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
