package org.hallway.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.calendar.control.CalendarFeeds;
import org.hallway.calendar.control.CalendarFiles;
import org.hallway.calendar.entity.CalendarFeed;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.mail.control.MailSettings;
import org.hallway.myagenda.control.KeptSessions;
import org.hallway.platform.Download;
import org.hallway.platform.Rejected;
import org.hallway.ticket.control.Admissions;

/**
 * Calendar files and the secret calendar address, one transaction each: a session's file and the
 * caller's "My agenda" for anyone admitted to the event; the address answers for its owner while
 * they are still admitted (a revoked ticket closes it too).
 */
@ApplicationScoped
public class CalendarDesk {

    public static final String MEDIA_TYPE = "text/calendar";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookup lookup;

    @Inject
    Events events;

    @Inject
    Admissions admissions;

    @Inject
    KeptSessions kept;

    @Inject
    CalendarFeeds feeds;

    @Inject
    MailSettings site;

    @Inject
    Clock clock;

    /** One session's calendar file, for a caller admitted to its event; empty otherwise (404). */
    @Transactional
    public Optional<Download.File> session(long sessionId) {
        Account me = lookup.currentAccount().orElse(null);
        AgendaSession session = em.createNamedQuery(AgendaSession.WITH_EVENT, AgendaSession.class)
                .setParameter("id", sessionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (me == null
                || session == null
                || !admissions.mayEnter(me, session.getEvent()).admitted()) {
            return Optional.empty();
        }
        Event event = session.getEvent();
        return Optional.of(new Download.File(
                "session-" + session.getId() + ".ics",
                MEDIA_TYPE,
                CalendarFiles.write(session.getName(), event.zone(), List.of(entry(session, event)), clock.instant())));
    }

    /** The caller's "My agenda" of the event as one calendar file; empty when not admitted (404). */
    @Transactional
    public Optional<Download.File> myAgenda(String slug) {
        Account me = lookup.currentAccount().orElse(null);
        Event event = me == null ? null : events.shown(slug, me).orElse(null);
        if (event == null || !admissions.mayEnter(me, event).admitted()) {
            return Optional.empty();
        }
        return Optional.of(agendaFile(me, event));
    }

    /** What a calendar app subscribed to the secret address gets: the agenda as it stands now. */
    @Transactional
    public Optional<Download.File> subscribed(String token) {
        CalendarFeed feed = feeds.byToken(token).orElse(null);
        if (feed == null) {
            return Optional.empty();
        }
        Account owner = em.find(Account.class, feed.getAccountId());
        Event event = events.byId(feed.getEventId()).orElse(null);
        if (owner == null || event == null || !admissions.mayEnter(owner, event).admitted()) {
            return Optional.empty();
        }
        return Optional.of(agendaFile(owner, event));
    }

    /** A new secret address for the caller's agenda of the event (the old one stops working); the full URL. */
    @Transactional
    public String newAddress(String slug) {
        Account me = lookup.currentAccount().orElseThrow(() -> Rejected.general("Log in first."));
        Event event = admitted(me, slug);
        String token = feeds.issue(me.getId(), event.getId(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        return site.link("calendar/" + token + ".ics");
    }

    /** Stops the caller's secret address for the event; false when there was none. */
    @Transactional
    public boolean revokeAddress(String slug) {
        Account me = lookup.currentAccount().orElseThrow(() -> Rejected.general("Log in first."));
        return feeds.revoke(me.getId(), admitted(me, slug).getId());
    }

    /** Whether the caller has a working secret address for the event. */
    @Transactional
    public boolean hasAddress(String slug) {
        Account me = lookup.currentAccount().orElse(null);
        Event event = me == null ? null : events.shown(slug, me).orElse(null);
        return event != null && feeds.issuedAt(me.getId(), event.getId()).isPresent();
    }

    private Event admitted(Account me, String slug) {
        Event event = events.shown(slug, me).orElse(null);
        if (event == null || !admissions.mayEnter(me, event).admitted()) {
            throw Rejected.general("You need a ticket for this event.");
        }
        return event;
    }

    private Download.File agendaFile(Account owner, Event event) {
        List<CalendarFiles.Entry> entries = kept.sessionsOf(owner.getId(), event.getId()).stream()
                .map(s -> entry(s, event))
                .toList();
        return new Download.File(
                "my-agenda-" + event.getSlug() + ".ics",
                MEDIA_TYPE,
                CalendarFiles.write("My agenda: " + event.getName(), event.zone(), entries, clock.instant()));
    }

    private CalendarFiles.Entry entry(AgendaSession session, Event event) {
        String url = site.link("event/session.xhtml?event=" + event.getSlug() + "&session=" + session.getId());
        String speakers = session.getSpeakers().stream()
                .map(Account::getDisplayName)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
        var description = new StringBuilder();
        if (session.getDescription() != null && !session.getDescription().isBlank()) {
            description.append(session.getDescription().strip()).append("\n\n");
        }
        if (!speakers.isEmpty()) {
            description.append("Speakers: ").append(speakers).append('\n');
        }
        description.append("Join on Hallway: ").append(url);
        return new CalendarFiles.Entry(
                "session-" + session.getId() + "@" + host(),
                session.getName(),
                description.toString(),
                session.getTrack() + " · " + event.getName(),
                url,
                session.getStartsAt(),
                session.getEndsAt(),
                session.getVersion());
    }

    /** The site's host, so UIDs of two Hallway sites never collide in one calendar. */
    private String host() {
        String host = URI.create(site.baseUrl()).getHost();
        return host == null ? "hallway" : host;
    }
}
