package org.hallway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.hallway.account.boundary.Accounts;
import org.hallway.agenda.boundary.AgendaAdministration;
import org.hallway.agenda.boundary.AgendaDesk;
import org.hallway.agenda.boundary.SessionScheduler;
import org.hallway.agenda.control.SessionDraft;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.demo.DemoEvent;
import org.hallway.event.boundary.EventAdministration;
import org.hallway.event.control.EventDetails;
import org.hallway.event.control.EventEditor;
import org.hallway.event.control.Events;
import org.hallway.media.control.ImageStore;
import org.hallway.platform.Database;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;
import org.hallway.testing.Deployments;
import org.hallway.testing.SettableClock;
import org.hallway.testing.WebClient;
import org.hallway.ticket.boundary.TicketAdministration;
import org.hallway.ticket.control.Registrations;
import org.hallway.ticket.control.TicketTypes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organiser's side in the container: schedule rules through the bean that saves sessions,
 * event validation, uploads, session state changes, ticket types and invite links, and the admin
 * pages and QR codes over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class AdminIT {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final LocalDate DAY = LocalDate.now().plusDays(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("admin").addClasses(StateChanges.class, FakePart.class);
    }

    @Inject
    EventAdministration eventAdministration;

    @Inject
    EventEditor eventEditor;

    @Inject
    Events events;

    @Inject
    AgendaAdministration agendaAdministration;

    @Inject
    TicketAdministration ticketAdministration;

    @Inject
    TicketTypes ticketTypes;

    @Inject
    Registrations registrations;

    @Inject
    Accounts accounts;

    @Inject
    ImageStore imageStore;

    @Inject
    StateChanges stateChanges;

    @Inject
    SessionScheduler scheduler;

    @Inject
    SettableClock clock;

    @Inject
    java.time.Clock serverClock;

    @Inject
    AgendaDesk agendaDesk;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @ArquillianResource
    URL url;

    /** Records session state changes once their transaction committed. */
    @ApplicationScoped
    public static class StateChanges {
        private final List<SessionStateChanged> seen = new CopyOnWriteArrayList<>();

        void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionStateChanged change) {
            seen.add(change);
        }

        public List<SessionStateChanged> seen() {
            return List.copyOf(seen);
        }
    }

    /** An uploaded file as the Faces form hands it over. */
    public static final class FakePart implements Part {
        private final byte[] data;
        private final long size;

        FakePart(byte[] data) {
            this(data, data.length);
        }

        FakePart(byte[] data, long declaredSize) {
            this.data = data;
            this.size = declaredSize;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(data);
        }

        @Override
        public String getContentType() {
            return "image/png"; // what a hostile client would claim
        }

        @Override
        public String getName() {
            return "cover";
        }

        @Override
        public String getSubmittedFileName() {
            return "cover.png";
        }

        @Override
        public long getSize() {
            return size;
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {}

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }

    // ---- helpers

    private static String uniqueSlug(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private long newEvent(String slug) {
        return eventAdministration.save(
                null, null, new EventDetails("Event " + slug, slug, null, "Europe/Berlin", DAY, DAY.plusDays(1)), null);
    }

    private static SessionDraft session(
            String name, String track, String from, String to, Set<Long> speakers, Set<Long> moderators) {
        return new SessionDraft(
                null,
                null,
                SessionType.SESSION,
                name,
                null,
                track,
                DAY.atTime(LocalTime.parse(from)),
                DAY.atTime(LocalTime.parse(to)),
                null,
                speakers,
                moderators);
    }

    /** An event running yesterday to tomorrow (UTC), so sessions can be started and scheduled around now. */
    private long todaysEvent(String slug) {
        LocalDate today = LocalDate.now(serverClock);
        return eventAdministration.save(
                null,
                null,
                new EventDetails("Event " + slug, slug, null, "UTC", today.minusDays(1), today.plusDays(1)),
                null);
    }

    /** A session from {@code fromMinutes} to {@code toMinutes} around now (UTC, whole minutes). */
    private SessionDraft todaySession(String name, int fromMinutes, int toMinutes, boolean automatic) {
        var now = java.time.LocalDateTime.now(serverClock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return new SessionDraft(
                null,
                null,
                SessionType.SESSION,
                name,
                null,
                uniqueSlug("Track"),
                now.plusMinutes(fromMinutes),
                now.plusMinutes(toMinutes),
                null,
                Set.of(),
                Set.of(),
                automatic);
    }

    private static SessionDraft withCapacity(SessionDraft d, long id, long version, int capacity) {
        return new SessionDraft(
                id,
                version,
                d.type(),
                d.name(),
                d.description(),
                d.track(),
                d.startsAt(),
                d.endsAt(),
                capacity,
                d.speakerIds(),
                d.moderatorIds(),
                d.startsAutomatically());
    }

    private static SessionDraft session(String name, String track, String from, String to) {
        return session(name, track, from, to, Set.of(), Set.of());
    }

    private long count(String sql, Object... params) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long sessionsOf(long eventId) throws SQLException {
        return count("select count(*) from agenda_session where event_id = ?", eventId);
    }

    private long adminId() {
        return accounts.byEmail(DemoEvent.ADMIN_EMAIL).orElseThrow().id();
    }

    private static List<String> fields(Rejected rejected) {
        return rejected.violations().stream().map(Violation::field).toList();
    }

    private static byte[] png(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private WebClient loggedIn(String email) throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(email, DemoEvent.PASSWORD), "login of " + email);
        return web;
    }

    // ---- schedule rules through the bean that saves sessions

    @Test
    void anOverlappingSessionInTheSameTrackIsRefusedAndNothingIsSaved() throws Exception {
        long event = newEvent(uniqueSlug("overlap"));
        agendaAdministration.save(event, session("Engines of analysis", "Track A", "10:00", "11:00"), null);

        var rejected = assertThrows(
                Rejected.class,
                () -> agendaAdministration.save(event, session("Compilers", "Track A", "10:30", "11:30"), null));

        assertEquals(List.of("track"), fields(rejected));
        assertTrue(
                rejected.messages().get(0).contains("Engines of analysis"),
                rejected.messages().toString());
        assertEquals(1, sessionsOf(event));
    }

    @Test
    void parallelSessionsInDifferentTracksAreAccepted() throws Exception {
        long event = newEvent(uniqueSlug("parallel"));
        agendaAdministration.save(event, session("Engines of analysis", "Track A", "10:00", "11:00"), null);
        agendaAdministration.save(event, session("Compilers", "Track B", "10:00", "11:00"), null);
        agendaAdministration.save(event, session("Next in A", "Track A", "11:00", "12:00"), null);
        assertEquals(3, sessionsOf(event));
    }

    @Test
    void aSessionOutsideTheEventDaysIsRefused() throws Exception {
        long event = newEvent(uniqueSlug("days"));
        var later = DAY.plusDays(5);
        var talk = new SessionDraft(
                null,
                null,
                SessionType.SESSION,
                "Too late",
                null,
                "Track A",
                later.atTime(10, 0),
                later.atTime(11, 0),
                null,
                Set.of(),
                Set.of());
        var rejected = assertThrows(Rejected.class, () -> agendaAdministration.save(event, talk, null));
        assertEquals(List.of("startsAt"), fields(rejected));

        var networking = new SessionDraft(
                null,
                null,
                SessionType.NETWORKING,
                "Meet people",
                null,
                "Lounge",
                later.atTime(10, 0),
                later.atTime(11, 0),
                null,
                Set.of(),
                Set.of());
        rejected = assertThrows(Rejected.class, () -> agendaAdministration.save(event, networking, null));
        assertEquals(List.of("A networking session can only be scheduled on your event days."), rejected.messages());
        assertEquals(0, sessionsOf(event));
    }

    @Test
    void aSpeakerOrModeratorCannotBeBookedIntoTwoOverlappingSessions() throws Exception {
        long event = newEvent(uniqueSlug("booked"));
        long olivia = adminId();
        agendaAdministration.save(
                event, session("Keynote", "Main stage", "10:00", "11:00", Set.of(olivia), Set.of()), null);

        var asSpeaker = assertThrows(
                Rejected.class,
                () -> agendaAdministration.save(
                        event, session("Workshop", "Track B", "10:30", "11:30", Set.of(olivia), Set.of()), null));
        assertEquals(List.of("speakers"), fields(asSpeaker));
        assertTrue(
                asSpeaker.messages().get(0).contains("Olivia Organiser"),
                asSpeaker.messages().toString());
        assertTrue(
                asSpeaker.messages().get(0).contains("Keynote"),
                asSpeaker.messages().toString());

        var asModerator = assertThrows(
                Rejected.class,
                () -> agendaAdministration.save(
                        event, session("Panel", "Track C", "10:45", "11:15", Set.of(), Set.of(olivia)), null));
        assertEquals(List.of("moderators"), fields(asModerator));
        assertEquals(1, sessionsOf(event));

        agendaAdministration.save(
                event, session("Afterwards", "Track B", "11:00", "12:00", Set.of(olivia), Set.of()), null);
        assertEquals(2, sessionsOf(event));
    }

    @Test
    void speakersMustHoldATicketForTheEventOrBeOrganisers() throws Exception {
        long event = newEvent(uniqueSlug("nobody"));
        long ada = accounts.byEmail(DemoEvent.ATTENDEES.get(0)).orElseThrow().id(); // ticket for the demo only
        var rejected = assertThrows(
                Rejected.class,
                () -> agendaAdministration.save(
                        event, session("Talk", "Track A", "10:00", "11:00", Set.of(ada), Set.of()), null));
        assertEquals(List.of("speakers"), fields(rejected));
        assertEquals(0, sessionsOf(event));
    }

    @Test
    void editingASessionKeepsItsPlaceAndAStaleFormIsRefused() throws Exception {
        long event = newEvent(uniqueSlug("edit"));
        long id = agendaAdministration.save(event, session("Talk", "Track A", "10:00", "11:00"), null);
        long version = count("select version from agenda_session where id = ?", id);
        var moved = new SessionDraft(
                id,
                version,
                SessionType.STAGE,
                "Talk, longer",
                null,
                "Track A",
                DAY.atTime(10, 0),
                DAY.atTime(11, 30),
                50,
                Set.of(),
                Set.of());
        agendaAdministration.save(event, moved, null);
        assertEquals(
                1,
                count(
                        "select count(*) from agenda_session where id = ? and name = 'Talk, longer' "
                                + "and type = 'STAGE' and capacity = 50",
                        id));

        var stale = assertThrows(Rejected.class, () -> agendaAdministration.save(event, moved, null));
        assertTrue(
                stale.messages().get(0).contains("changed by someone else"),
                stale.messages().toString());
    }

    // ---- events

    @Test
    void badEventDetailsAreRefusedWithFieldMessagesAndNothingIsSaved() throws Exception {
        long before = count("select count(*) from event");
        Map<String, EventDetails> bad = Map.of(
                "name", new EventDetails("  ", "empty-name", null, "UTC", DAY, DAY),
                "name ", new EventDetails("n".repeat(121), "long-name", null, "UTC", DAY, DAY),
                "slug", new EventDetails("Bad slug", "Bad Slug!", null, "UTC", DAY, DAY),
                "slug ", new EventDetails("Short slug", "ab", null, "UTC", DAY, DAY),
                "slug  ", new EventDetails("Taken slug", DemoEvent.SLUG, null, "UTC", DAY, DAY),
                "lastDay", new EventDetails("Backwards", "backwards", null, "UTC", DAY, DAY.minusDays(1)),
                "timeZone", new EventDetails("Nowhere", "nowhere", null, "Mars/Olympus_Mons", DAY, DAY));
        bad.forEach((field, details) -> {
            var rejected =
                    assertThrows(Rejected.class, () -> eventAdministration.save(null, null, details, null), field);
            assertEquals(List.of(field.strip()), fields(rejected), details.toString());
        });
        assertTrue(assertThrows(Rejected.class, () -> eventAdministration.save(null, null, bad.get("slug  "), null))
                .messages()
                .get(0)
                .contains("already used"));
        assertEquals(before, count("select count(*) from event"));
    }

    @Test
    void anEventFormLoadedBeforeSomeoneElsesChangeIsRefused() {
        String slug = uniqueSlug("stale");
        long id = newEvent(slug);
        Long version = eventEditor.versionOf(id);
        var details = new EventDetails("Renamed", slug, null, "UTC", DAY, DAY);
        eventAdministration.save(id, version, details, null);
        assertEquals("Renamed", events.byId(id).orElseThrow().getName());

        var stale = assertThrows(
                Rejected.class,
                () -> eventAdministration.save(
                        id, version, new EventDetails("Renamed again", slug, null, "UTC", DAY, DAY), null));
        assertEquals(List.of(Rejected.CHANGED_BY_SOMEONE_ELSE), stale.messages());
        assertEquals("Renamed", events.byId(id).orElseThrow().getName());
    }

    @Test
    void htmlInAnEventNameIsStoredAsTypedAndShownEscaped() throws Exception {
        String slug = uniqueSlug("html");
        String name = "<script>alert('hi')</script> Summit";
        eventAdministration.save(null, null, new EventDetails(name, slug, null, "UTC", DAY, DAY), null);
        assertEquals(name, events.bySlug(slug).orElseThrow().getName());

        var admin = loggedIn(DemoEvent.ADMIN_EMAIL);
        var page = admin.get("admin/events.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("&lt;script&gt;alert("), "escaped name shown");
        assertFalse(page.body().contains("<script>alert"), "no live script");
    }

    @Test
    void aCoverThatIsNotAnImageOrTooLargeIsRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
        long events = count("select count(*) from event");
        long images = count("select count(*) from stored_image");
        var notImage = new FakePart("MZ this is an executable, honest".getBytes());
        var rejected = assertThrows(
                Rejected.class,
                () -> eventAdministration.save(
                        null,
                        null,
                        new EventDetails("With cover", uniqueSlug("cover"), null, "UTC", DAY, DAY),
                        notImage));
        assertEquals(
                List.of(Violation.of("cover", "The file is not an image: use PNG, JPEG or GIF.")),
                rejected.violations());

        byte[] big = png(8, 8);
        var tooLarge = new FakePart(big, 2 * 1024 * 1024 + 1);
        rejected = assertThrows(
                Rejected.class,
                () -> eventAdministration.save(
                        null,
                        null,
                        new EventDetails("With cover", uniqueSlug("cover"), null, "UTC", DAY, DAY),
                        tooLarge));
        assertEquals(List.of("cover"), fields(rejected));
        assertTrue(
                rejected.messages().get(0).startsWith("The image is too large"),
                rejected.messages().toString());

        var direct = assertThrows(Rejected.class, () -> imageStore.store(new byte[2 * 1024 * 1024 + 1], "image"));
        assertTrue(direct.getMessage().startsWith("The image is too large"), direct.getMessage());
        assertEquals(List.of("image"), fields(direct));
        assertEquals(events, count("select count(*) from event"));
        assertEquals(images, count("select count(*) from stored_image"));
    }

    @Test
    void aValidCoverImageIsStoredWithTheEvent() throws Exception {
        String slug = uniqueSlug("cover-ok");
        eventAdministration.save(
                null, null, new EventDetails("Pretty", slug, null, "UTC", DAY, DAY), new FakePart(png(40, 20)));
        assertNotNull(events.bySlug(slug).orElseThrow().getCoverImageId());
    }

    // ---- session state

    @Test
    void startingEndingAndReopeningASessionChangesItsStateAndAnnouncesIt() throws Exception {
        long event = todaysEvent(uniqueSlug("live"));
        long id = agendaAdministration.save(event, todaySession("Live talk", -60, -30, false), null);

        assertThrows(Rejected.class, () -> agendaAdministration.end(event, id), "a scheduled session cannot end");
        assertEquals(SessionState.LIVE, agendaAdministration.start(event, id));
        assertEquals(1, count("select count(*) from agenda_session where id = ? and state = 'LIVE'", id));
        assertTrue(stateChanges.seen().contains(new SessionStateChanged(id, event, SessionState.LIVE)));
        assertThrows(Rejected.class, () -> agendaAdministration.delete(event, id), "a live session is not deleted");

        assertEquals(SessionState.ENDED, agendaAdministration.end(event, id));
        assertEquals(1, count("select count(*) from agenda_session where id = ? and state = 'ENDED'", id));
        assertTrue(stateChanges.seen().contains(new SessionStateChanged(id, event, SessionState.ENDED)));
        assertThrows(
                Rejected.class,
                () -> agendaAdministration.start(event, id),
                "an ended session is reopened, not started");

        assertEquals(SessionState.LIVE, agendaAdministration.reopen(event, id));
        assertEquals(1, count("select count(*) from agenda_session where id = ? and state = 'LIVE'", id));
        assertThrows(Rejected.class, () -> agendaAdministration.reopen(event, id), "only an ended session is reopened");
        scheduler.run();
        assertEquals(
                1,
                count("select count(*) from agenda_session where id = ? and state = 'LIVE'", id),
                "a session started by hand is not ended by the scheduler, even past its end");

        agendaAdministration.end(event, id);
        agendaAdministration.delete(event, id);
        assertEquals(0, sessionsOf(event));
    }

    @Test
    void startingAndEndingASessionTellsEveryoneOnTheAgendaAtOnce() throws Exception {
        long demo = events.bySlug(DemoEvent.SLUG).orElseThrow().getId();
        var ada = org.hallway.testing.TestSocket.event(loggedIn(DemoEvent.ATTENDEES.get(0)), DemoEvent.SLUG);
        ada.await("opened");
        ada.send("{\"type\":\"subscribe\",\"id\":\"l1\",\"data\":{\"channel\":\"lobby:" + demo + "\"}}");
        ada.await("subscribed");
        var today = LocalDate.now(serverClock);
        long id = agendaAdministration.save(
                demo,
                new SessionDraft(
                        null,
                        null,
                        SessionType.SESSION,
                        "Pushed talk",
                        null,
                        uniqueSlug("Lobby"),
                        today.atTime(0, 0),
                        today.atTime(0, 30),
                        null,
                        Set.of(),
                        Set.of()),
                null);

        agendaAdministration.start(demo, id);
        var live = ada.await(
                "session-state",
                m -> m.getJsonObject("data").getJsonNumber("session").longValue() == id
                        && "LIVE".equals(m.getJsonObject("data").getString("state")),
                java.time.Duration.ofSeconds(10));
        assertEquals("lobby:" + demo, live.getJsonObject("data").getString("channel"));

        agendaAdministration.end(demo, id);
        ada.await(
                "session-state",
                m -> m.getJsonObject("data").getJsonNumber("session").longValue() == id
                        && "ENDED".equals(m.getJsonObject("data").getString("state")),
                java.time.Duration.ofSeconds(10));
    }

    @Test
    void aSessionCannotBeStartedOnADayThatIsNotOneOfTheEventsDays() throws Exception {
        long event = newEvent(uniqueSlug("not-today")); // 30 days ahead
        long id = agendaAdministration.save(event, session("Too soon", "Track A", "10:00", "11:00"), null);
        var refused = assertThrows(Rejected.class, () -> agendaAdministration.start(event, id));
        assertTrue(
                refused.messages().get(0).contains("cannot be started today"),
                refused.messages().toString());
        assertEquals(1, count("select count(*) from agenda_session where id = ? and state = 'SCHEDULED'", id));
    }

    @Test
    void aSessionThatStartsAutomaticallyGoesLiveAtItsStartAndEndsAtItsEndOnce() throws Exception {
        long event = todaysEvent(uniqueSlug("auto"));
        long id = agendaAdministration.save(event, todaySession("On time", -1, 10, true), null);

        scheduler.run();
        assertEquals(1, count("select count(*) from agenda_session where id = ? and state = 'LIVE'", id));
        assertTrue(stateChanges.seen().contains(new SessionStateChanged(id, event, SessionState.LIVE)));
        assertEquals(0, scheduler.run(), "a second tick changes nothing");

        clock.advance(java.time.Duration.ofMinutes(11)); // the clock jump runs the scheduler
        assertEquals(1, count("select count(*) from agenda_session where id = ? and state = 'ENDED'", id));
        assertTrue(stateChanges.seen().contains(new SessionStateChanged(id, event, SessionState.ENDED)));

        agendaAdministration.reopen(event, id);
        scheduler.run();
        assertEquals(
                1,
                count("select count(*) from agenda_session where id = ? and state = 'LIVE'", id),
                "reopened after its end, it stays open");
    }

    @Test
    void aSlotMissedWhileTheServerWasDownEndsTheSessionAndAManualSessionIsLeftAlone() throws Exception {
        long event = todaysEvent(uniqueSlug("missed"));
        long missed = agendaAdministration.save(event, todaySession("Missed", -40, -20, true), null);
        long manual = agendaAdministration.save(event, todaySession("By hand", -40, 20, false), null);

        scheduler.run();

        assertEquals(1, count("select count(*) from agenda_session where id = ? and state = 'ENDED'", missed));
        assertFalse(stateChanges.seen().contains(new SessionStateChanged(missed, event, SessionState.LIVE)));
        assertEquals(1, count("select count(*) from agenda_session where id = ? and state = 'SCHEDULED'", manual));
    }

    @Test
    void aCapacityBelowTheSeatsTakenIsRefused() throws Exception {
        long demo = events.bySlug(DemoEvent.SLUG).orElseThrow().getId();
        var now = java.time.LocalDateTime.now(serverClock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        var draft = new SessionDraft(
                null,
                null,
                SessionType.SESSION,
                "Small room",
                null,
                uniqueSlug("Room"),
                now.toLocalDate().atTime(0, 0),
                now.toLocalDate().atTime(0, 30),
                5,
                Set.of(),
                Set.of());
        long id = agendaAdministration.save(demo, draft, null);
        agendaAdministration.start(demo, id);
        agendaDesk.join(id, accounts.byEmail(DemoEvent.ATTENDEES.get(0)).orElseThrow());
        agendaDesk.join(id, accounts.byEmail(DemoEvent.ATTENDEES.get(1)).orElseThrow());
        long version = count("select version from agenda_session where id = ?", id);

        var refused = assertThrows(
                Rejected.class, () -> agendaAdministration.save(demo, withCapacity(draft, id, version, 1), null));
        assertEquals(List.of("capacity"), fields(refused));
        assertEquals(1, count("select count(*) from agenda_session where id = ? and capacity = 5", id));

        agendaAdministration.save(demo, withCapacity(draft, id, version, 2), null);
        assertEquals(1, count("select count(*) from agenda_session where id = ? and capacity = 2", id));
        agendaAdministration.end(demo, id);
    }

    @Test
    void shorteningTheEventsDaysWithSessionsOutsideIsRefusedWithTheirNames() throws Exception {
        String slug = uniqueSlug("shorter");
        long event = newEvent(slug);
        var secondDay = DAY.plusDays(1);
        agendaAdministration.save(
                event,
                new SessionDraft(
                        null,
                        null,
                        SessionType.SESSION,
                        "Day two talk",
                        null,
                        "Track A",
                        secondDay.atTime(10, 0),
                        secondDay.atTime(11, 0),
                        null,
                        Set.of(),
                        Set.of()),
                null);
        long version = count("select version from event where id = ?", event);

        var refused = assertThrows(
                Rejected.class,
                () -> eventAdministration.save(
                        event,
                        version,
                        new EventDetails("Event " + slug, slug, null, "Europe/Berlin", DAY, DAY),
                        null));
        assertEquals(List.of("lastDay"), fields(refused));
        assertTrue(
                refused.messages().get(0).contains("Day two talk"),
                refused.messages().toString());
        assertEquals(
                1,
                count(
                        "select count(*) from event where id = ? and last_day = ?",
                        event,
                        java.sql.Date.valueOf(secondDay)));
    }

    @Test
    void sessionsOfAnotherEventCannotBeChangedThroughThisOne() throws Exception {
        long mine = newEvent(uniqueSlug("mine"));
        long other = newEvent(uniqueSlug("other"));
        long id = agendaAdministration.save(other, session("Theirs", "Track A", "10:00", "11:00"), null);
        assertThrows(Rejected.class, () -> agendaAdministration.start(mine, id));
        assertThrows(Rejected.class, () -> agendaAdministration.delete(mine, id));
        assertEquals(1, sessionsOf(other));
    }

    // ---- ticket types and invite links

    @Test
    void aReplacedInviteTokenNoLongerFindsItsTicketType() {
        long event = newEvent(uniqueSlug("tokens"));
        long type = ticketAdministration.create(event, "Press", 10);
        String old = ticketTypes.byId(type).orElseThrow().getInviteToken();
        assertEquals(type, registrations.ticketTypeFor(old).orElseThrow().getId());

        String replaced = ticketAdministration.replaceInviteLink(event, type);

        assertFalse(replaced.equals(old));
        assertTrue(registrations.ticketTypeFor(old).isEmpty());
        assertEquals(type, registrations.ticketTypeFor(replaced).orElseThrow().getId());
    }

    @Test
    void ticketTypeNamesAreUniquePerEventAndCapacitiesPositive() throws Exception {
        long event = newEvent(uniqueSlug("types"));
        ticketAdministration.create(event, "General", null);
        assertEquals(
                List.of("name"),
                fields(assertThrows(Rejected.class, () -> ticketAdministration.create(event, " general ", null))));
        assertEquals(
                List.of("name"),
                fields(assertThrows(Rejected.class, () -> ticketAdministration.create(event, "x".repeat(81), null))));
        assertEquals(
                List.of("capacity"),
                fields(assertThrows(Rejected.class, () -> ticketAdministration.create(event, "Sponsor", 0))));
        assertEquals(1, count("select count(*) from ticket_type where event_id = ?", event));
        ticketAdministration.create(newEvent(uniqueSlug("types2")), "General", null); // another event may
    }

    @Test
    void organisersReadNetworkingReportsEscapedAndAttendeesCannot() throws Exception {
        long eventId = events.bySlug("demo").orElseThrow().getId();
        long reporter =
                accounts.byEmail(DemoEvent.ATTENDEES.get(0)).orElseThrow().id();
        long reported =
                accounts.byEmail(DemoEvent.ATTENDEES.get(1)).orElseThrow().id();
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "insert into networking_report (id, event_id, session_id, meeting_id, reporter_id, reported_id, reason,"
                                + " created_at) values (next value for hallway_seq, ?, (select min(id) from agenda_session where event_id = ?"
                                + " and type = 'NETWORKING'), null, ?, ?, ?, current_timestamp)")) {
            insert.setLong(1, eventId);
            insert.setLong(2, eventId);
            insert.setLong(3, reporter);
            insert.setLong(4, reported);
            insert.setString(5, "Rude <b>shouting</b>");
            insert.executeUpdate();
        }
        var page = loggedIn(DemoEvent.ADMIN_EMAIL).get("admin/reports.xhtml?event=demo");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Rude &lt;b&gt;shouting&lt;/b&gt;"), page.body());
        assertTrue(page.body().contains("Grace Hopper"), "the reported partner is named");
        assertEquals(
                403,
                loggedIn(DemoEvent.ATTENDEES.get(2))
                        .get("admin/reports.xhtml?event=demo")
                        .statusCode());
        assertEquals(
                404,
                loggedIn(DemoEvent.ADMIN_EMAIL)
                        .get("admin/reports.xhtml?event=nope")
                        .statusCode());
    }

    @Test
    void theQrCodeIsAPngOfTheInviteLinkForOrganisersOnly() throws Exception {
        long event = newEvent(uniqueSlug("qr"));
        long type = ticketAdministration.create(event, "Attendee", null);
        String token = ticketTypes.byId(type).orElseThrow().getInviteToken();

        var admin = loggedIn(DemoEvent.ADMIN_EMAIL);
        var http = HttpClient.newBuilder().cookieHandler(admin.cookies()).build();
        var qr = HttpRequest.newBuilder(URI.create(admin.base() + "admin/qr?type=" + type))
                .build();
        var response = http.send(qr, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String text = new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
        // links name the configured public address (hallway.mail.base-url), never the request's Host
        assertEquals("http://hallway.test:8080/register.xhtml?token=" + token, text);

        assertEquals(404, admin.get("admin/qr?type=999999999").statusCode());
        assertEquals(404, admin.get("admin/qr?type=abc").statusCode());
        assertEquals(404, admin.get("admin/qr").statusCode());

        var attendee = loggedIn(DemoEvent.ATTENDEES.get(1));
        assertEquals(403, attendee.get("admin/qr?type=" + type).statusCode());
    }

    // ---- pages over HTTP

    @Test
    void theAdminPagesOfAnEventRender() throws Exception {
        var web = loggedIn(DemoEvent.ADMIN_EMAIL);
        var sessions = web.get("admin/sessions.xhtml?event=demo");
        assertEquals(200, sessions.statusCode());
        assertTrue(sessions.body().contains("Opening keynote"));
        assertTrue(sessions.body().contains("Track B"));

        var form = web.get("admin/session.xhtml?event=demo");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Ada Lovelace (ada@hallway.test)"), "ticket holders can be chosen");

        var tickets = web.get("admin/tickets.xhtml?event=demo");
        assertEquals(200, tickets.statusCode());
        assertTrue(tickets.body().contains("/register.xhtml?token="), "invite links shown");
        assertTrue(tickets.body().contains("admin/qr?type="), "QR codes shown");

        var registrations = web.get("admin/registrations.xhtml?event=demo");
        assertEquals(200, registrations.statusCode());
        assertTrue(registrations.body().contains("margaret@hallway.test"));

        assertEquals(200, web.get("admin/event.xhtml").statusCode());
        assertEquals(404, web.get("admin/sessions.xhtml?event=no-such-event").statusCode());
        assertEquals(404, web.get("admin/session.xhtml?event=demo&id=abc").statusCode());
        assertEquals(404, web.get("admin/event.xhtml?id=-1").statusCode());
    }

    @Test
    void anOrganiserBuildsASurveyAndThoseWhoAttendedAnswerOnceChangeTheirAnswersAndTheResultsExport() throws Exception {
        var admin = loggedIn(DemoEvent.ADMIN_EMAIL);
        long before = count("select count(*) from survey");
        String refused = admin.submit(
                        "admin/surveys.xhtml?event=demo",
                        "builder",
                        Map.of(
                                "session",
                                "",
                                "title",
                                " ",
                                "closes",
                                "",
                                "q0-prompt",
                                "",
                                "q0-kind",
                                "SCALE",
                                "q1-prompt",
                                "Pick one",
                                "q1-kind",
                                "CHOICE",
                                "q1-options",
                                "Only this"),
                        "create")
                .body();
        assertTrue(refused.contains("A title of 1 to 200 characters, please."), refused);
        assertTrue(refused.contains("Choose the last day answers are taken."));
        assertTrue(refused.contains("A choice needs 2 to 10 options, one per line."));
        String twice = admin.submit(
                        "admin/surveys.xhtml?event=demo",
                        "builder",
                        Map.of(
                                "session",
                                "",
                                "title",
                                "Again",
                                "closes",
                                "2099-01-01",
                                "q0-prompt",
                                "Why?",
                                "q0-kind",
                                "TEXT"),
                        "create")
                .body();
        assertTrue(twice.contains("The event has its survey already."), "the demo's event survey exists");
        assertTrue(twice.contains("The last day must be between today and a year from now."));
        assertEquals(before, count("select count(*) from survey"), "refusals save nothing");
        long compilers = count("select id from agenda_session where name = 'Compilers for everyone'"
                + " and event_id = (select id from event where slug = 'demo')");
        String closes = LocalDate.now(
                        serverClock.withZone(events.bySlug("demo").orElseThrow().zone()))
                .plusDays(3)
                .toString();
        String created = admin.submit(
                        "admin/surveys.xhtml?event=demo",
                        "builder",
                        Map.of(
                                "session",
                                String.valueOf(compilers),
                                "title",
                                "Engines feedback",
                                "closes",
                                closes,
                                "q0-prompt",
                                "How useful?",
                                "q0-kind",
                                "SCALE",
                                "q0-required",
                                "true",
                                "q1-prompt",
                                "Best part?",
                                "q1-kind",
                                "CHOICE",
                                "q1-options",
                                "Demos\nQ&A"),
                        "create")
                .body();
        assertTrue(created.contains("Survey “Engines feedback” created."), created);
        assertEquals(
                2,
                count("select count(*) from survey_question q join survey s on q.survey_id = s.id"
                        + " where s.title = 'Engines feedback'"));

        // when the session ends, those who were in its room are asked by mail, once
        long demo = events.bySlug("demo").orElseThrow().getId();
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into"
                        + " room_visit (id, session_id, account_id, entered_at, left_at) values (next value for hallway_seq,"
                        + " ?, (select id from account where email = 'grace@hallway.test'), ?, ?)")) {
            insert.setLong(1, compilers);
            insert.setObject(2, java.time.LocalDateTime.now(serverClock).minusMinutes(30));
            insert.setObject(3, java.time.LocalDateTime.now(serverClock).minusMinutes(5));
            insert.executeUpdate();
        }
        String invited = "select count(*) from outbox_mail where kind = 'SURVEY' and recipient = 'grace@hallway.test'"
                + " and subject = 'Tell us about Compilers for everyone'";
        agendaAdministration.start(demo, compilers);
        assertEquals(0, count(invited), "not before the session ends");
        agendaAdministration.end(demo, compilers);
        assertEquals(1, count(invited));
        agendaAdministration.reopen(demo, compilers);
        agendaAdministration.end(demo, compilers);
        assertEquals(1, count(invited), "once per survey");

        // the demo's keynote is over; Ada was in its room, Edsger was not
        long keynote = count("select id from survey where title = 'How was the opening keynote?'");
        String page = "event/survey.xhtml?survey=" + keynote;
        var ada = loggedIn("ada@hallway.test");
        var edsger = loggedIn("edsger@hallway.test");
        assertTrue(ada.get("event/agenda.xhtml?event=demo").body().contains("Tell us about"));
        assertFalse(edsger.get("event/agenda.xhtml?event=demo").body().contains("Tell us about"));
        assertEquals(404, edsger.get(page).statusCode());
        long responses = count("select count(*) from survey_response where survey_id = ?", keynote);

        String blank = ada.submit(page, "survey", Map.of("questions:2:text", "Nothing"), "send")
                .body();
        assertTrue(blank.contains("Please answer this question."), blank);
        assertEquals(responses, count("select count(*) from survey_response where survey_id = ?", keynote));
        String sent = ada.submit(
                        page,
                        "survey",
                        Map.of(
                                "questions:0:scale",
                                "3",
                                "questions:1:choice",
                                "The speaker",
                                "questions:2:text",
                                "Great talk"),
                        "send")
                .body();
        assertTrue(sent.contains("Thank you for your answers!"), sent);
        String changed = ada.submit(
                        page,
                        "survey",
                        Map.of(
                                "questions:0:scale",
                                "2",
                                "questions:1:choice",
                                "The speaker",
                                "questions:2:text",
                                "Great talk"),
                        "send")
                .body();
        assertTrue(changed.contains("Your answers were changed."), changed);
        assertEquals(
                responses + 1,
                count("select count(*) from survey_response where survey_id = ?", keynote),
                "one response per attendee");
        assertEquals(
                2,
                count(
                        "select a.scale from survey_answer a join survey_response r on a.response_id = r.id"
                                + " join survey_question q on a.question_id = q.id where r.survey_id = ? and q.kind = 'SCALE'"
                                + " and r.account_id = (select id from account where email = 'ada@hallway.test')",
                        keynote));

        String results =
                admin.get("admin/survey-results.xhtml?survey=" + keynote).body();
        assertTrue(results.contains("average 3.7 of 5"), results); // demo 5 and 4, Ada 2
        assertTrue(results.contains("Great talk"));
        var csv = admin.get("api/surveys/" + keynote + "/results.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("Response,Last changed,How useful was the keynote to you?"), csv.body());
        assertTrue(csv.body().contains(",2,The speaker,Great talk"), csv.body());
        assertFalse(csv.body().contains("Ada"), "anonymous");
        assertEquals(403, ada.get("api/surveys/" + keynote + "/results.csv").statusCode());
    }

    @Test
    void aTicketTypeCreatedThroughTheFormGetsAnInviteLinkAndBadInputAMessage() throws Exception {
        var web = loggedIn(DemoEvent.ADMIN_EMAIL);
        var created = web.submit(
                "admin/tickets.xhtml?event=demo", "newType", Map.of("name", "Press pass", "capacity", "20"), "create");
        assertEquals(200, created.statusCode());
        assertTrue(created.body().contains("Ticket type “Press pass” created"), created.body());
        assertTrue(created.body().contains("0 of 20"));

        var duplicate = web.submit(
                "admin/tickets.xhtml?event=demo", "newType", Map.of("name", "General", "capacity", ""), "create");
        assertTrue(duplicate.body().contains("already has a ticket type called “General”"), duplicate.body());
        var notANumber = web.submit(
                "admin/tickets.xhtml?event=demo", "newType", Map.of("name", "Crew", "capacity", "lots"), "create");
        assertTrue(notANumber.body().contains("The capacity must be a whole number."));
        assertEquals(0, count("select count(*) from ticket_type where name = 'Crew'"));
    }

    @Test
    void aSessionFormWithAClashShowsTheMessageAndSavesNothing() throws Exception {
        var web = loggedIn(DemoEvent.ADMIN_EMAIL);
        long before = count("select count(*) from agenda_session");
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        var response = web.submitMultipart(
                "admin/session.xhtml?event=demo",
                "session",
                Map.of(
                        "type",
                        "SESSION",
                        "name",
                        "Clashing talk",
                        "track",
                        "Track A",
                        "startsAt",
                        today + "T10:30",
                        "endsAt",
                        today + "T10:45"),
                "save",
                "preSessionImage",
                null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Engines of analysis"), "names the clashing session");
        assertEquals(before, count("select count(*) from agenda_session"));
    }

    @Test
    void theEventFormShowsFieldMessagesAndCreatesAnEventWithItsCover() throws Exception {
        var web = loggedIn(DemoEvent.ADMIN_EMAIL);
        var refused = web.submitMultipart(
                "admin/event.xhtml",
                "event",
                Map.of(
                        "name",
                        "Form event",
                        "slug",
                        "Not OK",
                        "timeZone",
                        "UTC",
                        "firstDay",
                        DAY.toString(),
                        "lastDay",
                        DAY.minusDays(2).toString()),
                "save",
                "cover",
                "GIF89a but not really".getBytes());
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("lower-case letters, digits and hyphens"), "slug message");
        assertTrue(refused.body().contains("The last day cannot be before the first day."), "days message");
        assertTrue(refused.body().contains("cannot be read"), "image message");

        String slug = uniqueSlug("form");
        var created = web.submitMultipart(
                "admin/event.xhtml",
                "event",
                Map.of(
                        "name",
                        "Form event",
                        "slug",
                        slug,
                        "timeZone",
                        "Asia/Tokyo",
                        "firstDay",
                        DAY.toString(),
                        "lastDay",
                        DAY.toString()),
                "save",
                "cover",
                png(30, 10));
        assertEquals(302, created.statusCode(), created.body());
        var event = events.bySlug(slug).orElseThrow();
        assertEquals("Asia/Tokyo", event.getTimeZone());
        assertNotNull(event.getCoverImageId());
    }
}
