package org.hallway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hallway.agenda.boundary.AgendaAdministration;
import org.hallway.agenda.control.SessionDraft;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.boundary.EventAdministration;
import org.hallway.event.control.EventDetails;
import org.hallway.feedback.boundary.Surveys;
import org.hallway.feedback.control.SurveyRules;
import org.hallway.feedback.entity.QuestionKind;
import org.hallway.platform.Database;
import org.hallway.platform.StartUp;
import org.hallway.testing.Deployments;
import org.hallway.testing.SettableClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Start-up as production runs it (the demo's talks start and end on schedule) with a demo load that
 * fails midway the first time, and the scheduler's own timer thread ending a session. One deployment:
 * the first test looks at what the failed load at deployment left, before anything loads the demo.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartUpIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("startup", Map.of("hallway.demo.auto-start", "true"))
                .addClasses(FailingAtFirstStartAnalytics.class);
    }

    /**
     * The demo's last step fails at deployment, after writing its rows: a load that breaks midway,
     * on the first try and on the start-up's retry (a second start finds the disk freed).
     */
    @ApplicationScoped
    @Alternative
    @Priority(Interceptor.Priority.APPLICATION + 100)
    public static class FailingAtFirstStartAnalytics extends DemoAnalytics {
        static final AtomicInteger FAILURES = new AtomicInteger(2);

        @Override
        @Transactional
        public void load() {
            super.load();
            if (FAILURES.getAndDecrement() > 0) {
                throw new IllegalStateException("disk full (test): the demo load breaks midway");
            }
        }
    }

    @Inject
    DemoData demoData;

    @Inject
    StartUp startUp;

    @Inject
    EventAdministration events;

    @Inject
    AgendaAdministration agenda;

    @Inject
    Surveys surveys;

    @Inject
    SettableClock clock;

    @Inject
    java.time.Clock serverClock;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @ArquillianResource
    URL url;

    @Test
    @Order(1)
    void aDemoLoadThatFailsMidwayLeavesNothingHalfWrittenKeepsTheSiteUpAndTheNextStartCompletesIt() throws Exception {
        assertTrue(FailingAtFirstStartAnalytics.FAILURES.get() == 0, "the load at deployment failed midway, twice");
        assertTrue(startUp.isComplete(), "start-up went on to its end");
        assertEquals(0, count("select count(*) from event"), "all or nothing: no event");
        assertEquals(0, count("select count(*) from account"), "no demo people");
        assertEquals(0, count("select count(*) from agenda_session"));
        assertEquals(0, count("select count(*) from chat_message"));
        var home = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + url.getPort() + url.getPath()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode(), "the site is deployed and answers");

        demoData.load(); // what the next start runs

        assertEquals(1, count("select count(*) from event where slug = 'demo'"));
        assertEquals(
                1,
                count("select count(*) from survey where title = 'How was the opening keynote?'"),
                "the feedback step is there");
        assertTrue(count("select count(*) from chat_message") > 0, "the chat step is there");
        demoData.load();
        assertEquals(1, count("select count(*) from event where slug = 'demo'"), "a loaded demo is left alone");
    }

    @Test
    @Order(2)
    void aSessionThatEndsOnScheduleMailsItsSurveyToThoseWhoWereInItsRoom() throws Exception {
        demoData.load(); // the demo's people (loaded by the test before, or now)
        LocalDate today = LocalDate.now(serverClock);
        long event = events.save(
                null,
                null,
                new EventDetails(
                        "Scheduled end",
                        "scheduled-end-" + System.nanoTime() % 100000,
                        null,
                        "UTC",
                        today.minusDays(1),
                        today.plusDays(1)),
                null);
        LocalDateTime now = LocalDateTime.now(serverClock).truncatedTo(ChronoUnit.MINUTES);
        long session = agenda.save(
                event,
                new SessionDraft(
                        null,
                        null,
                        SessionType.SESSION,
                        "Timers in practice",
                        null,
                        "Track T",
                        now.minusMinutes(30),
                        now.plusMinutes(2),
                        null,
                        Set.of(),
                        Set.of(),
                        true),
                null);
        surveys.create(
                event,
                session,
                new SurveyRules.SurveyDraft(
                        "Timers feedback",
                        today.plusDays(3),
                        List.of(new SurveyRules.QuestionDraft(QuestionKind.SCALE, "How useful?", true, null))));
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into"
                        + " room_visit (id, session_id, account_id, entered_at, left_at) values (next value for hallway_seq,"
                        + " ?, (select id from account where email = 'grace@hallway.test'), ?, ?)")) {
            insert.setLong(1, session);
            insert.setObject(2, now.minusMinutes(20));
            insert.setObject(3, now.minusMinutes(10));
            insert.executeUpdate();
        }

        // not the organiser's End and not the test's thread: the scheduler's own timer ends it
        clock.moveSilently(Duration.ofMinutes(3));
        String ended = "select count(*) from agenda_session where id = ? and state = 'ENDED'";
        String invited = "select count(*) from outbox_mail where kind = 'SURVEY' and recipient = 'grace@hallway.test'"
                + " and subject = 'Tell us about Timers in practice'";
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((count(ended, session) == 0 || count(invited) == 0) && System.nanoTime() < deadline) {
            Thread.sleep(200); // the timer ticks every 5 s
        }
        assertEquals(1, count(ended, session), "ended on schedule");
        assertEquals(1, count(invited), "the invitation went out with the scheduled end");
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
}
