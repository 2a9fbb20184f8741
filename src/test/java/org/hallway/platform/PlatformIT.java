package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import jakarta.websocket.server.ServerContainer;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.demo.DemoEvent;
import org.hallway.event.entity.Event;
import org.hallway.testing.Deployments;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application boots on an empty database: migrations, demo data, login and role protection. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        // Sockets silent for 3 s are closed here, so the liveness test need not wait the default 65 s.
        return Deployments.application("platform", java.util.Map.of("hallway.ws.silent-seconds", "3"));
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @ArquillianResource
    URL url;

    @Test
    void migrationsCreateTheSchemaOnAnEmptyDatabase() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery(
                        "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" = '1'")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
        try (var connection = dataSource.getConnection();
                var rs = connection.createStatement().executeQuery("select count(*) from account")) {
            assertTrue(rs.next());
            assertEquals(2 + DemoEvent.ATTENDEES.size(), rs.getInt(1), "demo accounts loaded into the new schema");
        }
    }

    @Inject
    DemoEvent demoEvent;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void aDemoLoadedOnAnEarlierDayMovesToTodayWithItsSessions() throws Exception {
        tx.begin();
        Event demo = em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult();
        LocalDate today = demo.getFirstDay();
        demo.shiftDays(-3);
        var sessions = em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                .setParameter("event", demo)
                .getResultList();
        sessions.forEach(s -> s.shiftDays(-3));
        var keynoteStart = sessions.get(0).getStartsAt();
        tx.commit();

        assertTrue(demoEvent.moveToToday());
        assertFalse(demoEvent.moveToToday(), "a current demo stays where it is");

        Event moved = em.find(Event.class, demo.getId());
        assertEquals(today, moved.getFirstDay());
        assertEquals(
                keynoteStart.plusDays(3),
                em.find(AgendaSession.class, sessions.get(0).getId()).getStartsAt());
    }

    @Inject
    ServletContext servletContext;

    @Test
    void theWebSocketContainerSchedulesIdleTimeoutsOnTimersOfItsOwnWithoutContextCapture() throws Exception {
        Object container = servletContext.getAttribute(ServerContainer.class.getName());
        // What each Tyrus session reads as it opens (TyrusSession's constructor).
        var scheduler = (ScheduledExecutorService)
                container.getClass().getMethod("getScheduledExecutorService").invoke(container);

        assertFalse(
                scheduler instanceof jakarta.enterprise.concurrent.ManagedScheduledExecutorService,
                scheduler.getClass().getName());
        assertTrue(scheduler instanceof ScheduledThreadPoolExecutor pool && pool.getRemoveOnCancelPolicy());
        var thread = new CompletableFuture<String>();
        scheduler.schedule(() -> thread.complete(Thread.currentThread().getName()), 1, TimeUnit.MILLISECONDS);
        assertTrue(thread.get(10, TimeUnit.SECONDS).startsWith("hallway-websocket-timer-"));
    }

    @Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService defaultScheduled;

    /** Fails when a Payara update hides the pool behind its managed scheduled executor elsewhere. */
    @Test
    void theDefaultManagedScheduledExecutorDropsCancelledTasksAtOnce() {
        var pool = WebSocketTimers.poolBehind(defaultScheduled);

        assertTrue(
                pool.isPresent(),
                "no thread pool found behind " + defaultScheduled.getClass().getName());
        assertTrue(pool.get().getRemoveOnCancelPolicy());
    }

    @Test
    @RunAsClient
    void anonymousVisitorsAreSentToLoginForAdminPages() throws Exception {
        var web = new WebClient(url);
        var response = web.get("admin/events.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    @RunAsClient
    void loggingInIssuesANewSessionId() throws Exception {
        var web = new WebClient(url);
        web.get("login.xhtml");
        String before = sessionId(web);
        assertTrue(web.login(DemoEvent.ATTENDEES.get(1), DemoEvent.PASSWORD));
        String after = sessionId(web);
        assertTrue(before != null && after != null && !before.equals(after), before + " -> " + after);
    }

    @Test
    @RunAsClient
    void aSocketOnWhichNothingMovesIsClosedWhileOneThatPingsStaysOpen() throws Exception {
        var gone = new WebClient(url);
        assertTrue(gone.login(DemoEvent.ATTENDEES.get(2), DemoEvent.PASSWORD));
        var here = new WebClient(url);
        assertTrue(here.login(DemoEvent.ATTENDEES.get(3), DemoEvent.PASSWORD));
        TestSocket vanished = TestSocket.event(gone, DemoEvent.SLUG);
        TestSocket pinging = TestSocket.event(here, DemoEvent.SLUG);
        try {
            vanished.await("opened");
            pinging.await("opened");
            long opened = System.nanoTime();
            int pings = 0;
            // A ping a second, as a browser's keep-alive (every 20 s against the default 65 s limit).
            while (!vanished.isClosed() && System.nanoTime() - opened < TimeUnit.SECONDS.toNanos(20)) {
                pinging.send("{\"type\":\"ping\",\"id\":\"k" + pings++ + "\"}");
                Thread.sleep(1000);
            }
            double silentFor = (System.nanoTime() - opened) / 1e9;
            assertTrue(vanished.isClosed(), "the silent socket was closed within 20 s");
            assertTrue(silentFor >= 2.5, "not before its 3 s of silence: closed after " + silentFor + " s");
            assertFalse(pinging.isClosed(), "the socket that pings stays open");
            assertTrue(pinging.all("pong").size() >= 2, "its pings were answered");
        } finally {
            vanished.close();
            pinging.close();
        }
    }

    private static String sessionId(WebClient web) {
        return web.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    @Test
    @RunAsClient
    void wrongPasswordIsRefused() throws Exception {
        var web = new WebClient(url);
        assertFalse(web.login(DemoEvent.ADMIN_EMAIL, "not-the-password"));
        assertEquals(302, web.get("admin/events.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void attendeesAreForbiddenAdminPages() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(DemoEvent.ATTENDEES.get(0), DemoEvent.PASSWORD));
        assertEquals(403, web.get("admin/events.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void adminsReachAdminPages() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        int status = web.get("admin/events.xhtml").statusCode();
        assertTrue(status != 302 && status != 403, "admin passed the role check, got " + status);
    }
}
