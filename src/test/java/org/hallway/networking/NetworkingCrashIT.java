package org.hallway.networking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.PayaraProcess;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A crash in the middle of a meeting: the real WAR on Payara Micro in its own JVM (as the README
 * runs it), killed with SIGKILL between a connection request and its acceptance, then started
 * again on the same database. Every meeting must resume with its end unchanged and the pending
 * request re-announced, so the partner can still accept it.
 */
class NetworkingCrashIT {

    private static final Pattern NETWORKING_LINK = Pattern.compile("networking\\.xhtml\\?session=(\\d+)");

    @Test
    void aMeetingSurvivesKillNineWithItsEndAndItsPendingConnectionRequest() throws Exception {
        Path build = Path.of(System.getProperty("hallway.build.dir", "target"));
        Path dir = Files.createDirectories(build.resolve("crash-it"));
        Path db = dir.resolve("db-" + System.nanoTime());
        int port = freePort();
        List<String> options = List.of(
                "-Xmx512m",
                "-Dhallway.db.url=jdbc:h2:file:" + db.toAbsolutePath() + "/hallway;WRITE_DELAY=0",
                "-Dhallway.demo=true");
        String microJar = System.getProperty("payara.microJar");
        Path war = build.resolve("hallway.war");

        long meetingId;
        String endsAt;
        try (var server =
                PayaraProcess.launch(microJar, war, port, options, dir.resolve("first.log"), dir.resolve("tmp"))) {
            server.awaitOk("/", Duration.ofMinutes(4));
            WebClient ada = login(port, "ada@hallway.test");
            WebClient grace = login(port, "grace@hallway.test");
            long session = networkingSession(ada);
            TestSocket a = TestSocket.open(ada, session);
            TestSocket g = TestSocket.open(grace, session);
            a.await("welcome");
            g.await("welcome");
            a.send("ready", null);
            g.send("ready", null);
            JsonObject matched = data(a.await("matched"));
            g.await("matched");
            meetingId = matched.getJsonNumber("meetingId").longValue();
            endsAt = matched.getString("endsAt");
            a.send("connect", null);
            assertEquals("requested", data(a.await("connection")).getString("state"));
            assertEquals("incoming", data(g.await("connection")).getString("state"));
            server.kill();
        }

        try (var server =
                PayaraProcess.launch(microJar, war, port, options, dir.resolve("second.log"), dir.resolve("tmp"))) {
            server.awaitOk("/", Duration.ofMinutes(4));
            WebClient ada = login(port, "ada@hallway.test");
            WebClient grace = login(port, "grace@hallway.test");
            long session = networkingSession(ada);
            TestSocket a = TestSocket.open(ada, session);
            TestSocket g = TestSocket.open(grace, session);
            assertEquals("meeting", data(a.await("welcome")).getString("state"));
            assertEquals("meeting", data(g.await("welcome")).getString("state"));
            JsonObject resumed = data(g.await("matched"));
            assertTrue(resumed.getBoolean("resumed"));
            assertEquals(meetingId, resumed.getJsonNumber("meetingId").longValue());
            assertEquals(endsAt, resumed.getString("endsAt"), "the meeting's end is unchanged");
            assertEquals(endsAt, data(a.await("matched")).getString("endsAt"));
            JsonObject incoming = data(g.await("connection"));
            assertEquals("incoming", incoming.getString("state"), "the Accept button is back");
            assertEquals(meetingId, incoming.getJsonNumber("meetingId").longValue());
            assertEquals("requested", data(a.await("connection")).getString("state"));

            g.send("connect", null);
            assertEquals("connected", data(g.await("connection")).getString("state"));
            assertEquals("connected", data(a.await("connection")).getString("state"));
            a.close();
            g.close();
        }
    }

    private static WebClient login(int port, String email) throws Exception {
        var web = new WebClient(new URL("http://localhost:" + port + "/"));
        assertTrue(web.login(email, DemoEvent.PASSWORD), "login " + email);
        return web;
    }

    private static long networkingSession(WebClient web) throws Exception {
        var page = web.get("event/agenda.xhtml?event=" + DemoEvent.SLUG + "&tab=networking");
        Matcher m = NETWORKING_LINK.matcher(page.body());
        assertTrue(page.statusCode() == 200 && m.find(), "the demo agenda lists its networking session");
        return Long.parseLong(m.group(1));
    }

    private static JsonObject data(JsonObject message) {
        return message.getJsonObject("data");
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
