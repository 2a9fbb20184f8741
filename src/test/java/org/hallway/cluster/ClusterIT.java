package org.hallway.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.PayaraProcess;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes of one data grid ({@code --clustermode tcpip} on loopback, explicit ports)
 * on one PostgreSQL database, each with the build's WAR, as the README's "Running several nodes"
 * starts them. Attendees on different nodes hear each other: a push published on one node reaches
 * the sockets held by the other; a networking pair split across the nodes meets through the node
 * that owns the session's floor, and when that node is killed (SIGKILL) the other takes the floor
 * over and the meeting resumes there. Needs PostgreSQL (.ci/postgres); run by {@code -Pmatrix}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration SHORT = Duration.ofSeconds(15);
    private static final Pattern SESSION = Pattern.compile("session=(\\d+)");
    private static final String PG_URL = System.getProperty("hallway.pg.url", "jdbc:postgresql://localhost:5432/postgres");
    private static final String PG_USER = System.getProperty("hallway.pg.user", "hallway_ci");
    private static final String PG_PASSWORD = System.getProperty("hallway.pg.password", "hallway_ci");

    static final List<PayaraProcess> nodes = new ArrayList<>();
    static final List<Integer> ports = new ArrayList<>();
    static String database;
    static Path dir;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Path build = Path.of(System.getProperty("hallway.build.dir", "target"));
        dir = Files.createDirectories(build.resolve("cluster-it"));
        database = "hallway_ci_cluster_" + System.currentTimeMillis();
        try (var c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        int[] grid = {freePort(), freePort()};
        String members = "tcpip:127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        // One node after the other: the first creates the schema and the demo, the second finds them.
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            List<String> options = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dhallway.db.url=" + databaseUrl(),
                    "-Dhallway.db.user=" + PG_USER, "-Dhallway.db.password=" + PG_PASSWORD, "-Dhallway.demo=true");
            List<String> cluster = List.of("--clustermode", members, "--startport", String.valueOf(grid[i]),
                    "--interfaces", "127.0.0.1", "--hzpublicaddress", "127.0.0.1", "--clustername", database,
                    "--name", "node" + (i + 1));
            var node = PayaraProcess.node(System.getProperty("payara.microJar"), build.resolve("hallway.war"), port,
                    options, cluster, dir.resolve(database + "-node" + (i + 1) + ".log"), dir.resolve("tmp"));
            nodes.add(node);
            ports.add(port);
            System.out.printf("[cluster] node%d ready on port %d after %.1f s%n", i + 1, port,
                    node.awaitOk("/", Duration.ofMinutes(5)));
        }
        String second = Files.readString(dir.resolve(database + "-node2.log"));
        assertTrue(second.contains("Data grid joined") && second.contains("(2 members)"),
                "the second node joined the first one's data grid");
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (PayaraProcess node : nodes) {
            node.close();
        }
        if (database != null) {
            try (var c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    @Test
    @Order(1)
    void chatAndPrivateMessagesReachAttendeesOnTheOtherNode() throws Exception {
        WebClient ada = login(0, "ada@hallway.test");
        WebClient grace = login(1, "grace@hallway.test");
        String channel = "\"session:" + liveSession(ada) + "\"";
        TestSocket a = TestSocket.event(ada, DemoEvent.SLUG);
        TestSocket g = TestSocket.event(grace, DemoEvent.SLUG);
        try {
            a.await("opened");
            g.await("opened");
            request(a, "subscribe", "{\"channel\":" + channel + "}");
            request(g, "subscribe", "{\"channel\":" + channel + "}");

            JsonObject posted = data(request(a, "chat-post", "{\"channel\":" + channel
                    + ",\"text\":\"Hello from node 1\"}"));
            long adaId = posted.getJsonObject("sender").getJsonNumber("id").longValue();
            JsonObject onTwo = data(g.await("chat-message", m -> "Hello from node 1".equals(
                    data(m).getJsonObject("message").getString("text")), SHORT));
            assertEquals("Ada Lovelace", onTwo.getJsonObject("message").getJsonObject("sender").getString("displayName"));
            request(g, "chat-post", "{\"channel\":" + channel + ",\"text\":\"Hello from node 2\"}");
            a.await("chat-message", m -> "Hello from node 2".equals(data(m).getJsonObject("message").getString("text")),
                    SHORT);

            request(a, "subscribe", "{\"channel\":\"account:" + adaId + "\"}");
            String privately = "\"" + data(request(g, "chat-converse", "{\"accountId\":" + adaId + "}"))
                    .getString("channel") + "\"";
            request(g, "chat-post", "{\"channel\":" + privately + ",\"text\":\"Across the grid\"}");
            JsonObject unread = data(a.await("unread", m -> data(m).containsKey("latest"), SHORT));
            assertTrue(unread.getInt("total") >= 1, unread.toString());
        } finally {
            a.close();
            g.close();
        }
    }

    @Test
    @Order(2)
    void aPairOnTwoNodesMeetsAndTheirMeetingSurvivesTheOwnersDeath() throws Exception {
        WebClient ada = login(0, "ada@hallway.test");
        WebClient grace = login(1, "grace@hallway.test");
        long session = liveSession(ada);
        TestSocket a = TestSocket.open(ada, session);
        TestSocket g = TestSocket.open(grace, session);
        a.await("welcome");
        g.await("welcome");
        a.send("ready", null);
        g.send("ready", null);
        JsonObject matched = data(a.await("matched", SHORT));
        assertEquals("Grace Hopper", matched.getJsonObject("partner").getString("displayName"));
        assertEquals("Ada Lovelace", data(g.await("matched", SHORT)).getJsonObject("partner").getString("displayName"));
        long meetingId = matched.getJsonNumber("meetingId").longValue();
        String endsAt = matched.getString("endsAt");

        a.send("signal", "{\"sdp\":{\"type\":\"offer\",\"sdp\":\"v=0 across\"}}");
        assertEquals("v=0 across", data(g.await("signal", SHORT)).getJsonObject("sdp").getString("sdp"));
        g.send("signal", "{\"sdp\":{\"type\":\"answer\",\"sdp\":\"v=0 back\"}}");
        assertEquals("v=0 back", data(a.await("signal", SHORT)).getJsonObject("sdp").getString("sdp"));
        a.send("media-flowing", null);
        g.send("media-flowing", null);
        a.send("connect", null);
        assertEquals("requested", data(a.await("connection", SHORT)).getString("state"));
        assertEquals("incoming", data(g.await("connection", SHORT)).getString("state"), "the request crossed nodes");

        int owner = ownerOf(session);
        int survivor = 1 - owner;
        long killed = System.nanoTime();
        nodes.get(owner).kill();
        // The survivor's socket was served by the dead owner: once it takes the floor over, it asks it to reconnect.
        TestSocket onSurvivor = owner == 0 ? g : a;
        onSurvivor.closeCode(Duration.ofSeconds(30));
        System.out.printf("[cluster] node%d killed; node%d took networking session %d over after %d ms%n", owner + 1,
                survivor + 1, session, (System.nanoTime() - killed) / 1_000_000);
        assertEquals(survivor, ownerOf(session), "the survivor holds the lease");
        a.close();
        g.close();

        // Both come back through the survivor (the dead node's login sessions died with it: log in again there).
        WebClient ada2 = owner == 0 ? login(survivor, "ada@hallway.test") : ada;
        WebClient grace2 = owner == 1 ? login(survivor, "grace@hallway.test") : grace;
        TestSocket a2 = TestSocket.open(ada2, session);
        TestSocket g2 = TestSocket.open(grace2, session);
        try {
            assertEquals("meeting", data(a2.await("welcome", SHORT)).getString("state"));
            assertEquals("meeting", data(g2.await("welcome", SHORT)).getString("state"));
            JsonObject resumed = data(g2.await("matched", SHORT));
            assertTrue(resumed.getBoolean("resumed"));
            assertEquals(meetingId, resumed.getJsonNumber("meetingId").longValue());
            assertEquals(endsAt, resumed.getString("endsAt"), "the meeting's end is unchanged");
            assertEquals(endsAt, data(a2.await("matched", SHORT)).getString("endsAt"));
            System.out.printf("[cluster] meeting %d resumed on node%d %d ms after the kill%n", meetingId, survivor + 1,
                    (System.nanoTime() - killed) / 1_000_000);
            assertEquals("incoming", data(g2.await("connection", SHORT)).getString("state"),
                    "the pending connection request was not lost");
            g2.send("connect", null);
            assertEquals("connected", data(g2.await("connection", SHORT)).getString("state"));
            assertEquals("connected", data(a2.await("connection", m -> "connected".equals(data(m).getString("state")),
                    SHORT)).getString("state"));
            a2.send("signal", "{\"sdp\":{\"type\":\"offer\",\"sdp\":\"v=0 again\"}}");
            assertEquals("v=0 again", data(g2.await("signal", SHORT)).getJsonObject("sdp").getString("sdp"));
            try (var c = DriverManager.getConnection(databaseUrl(), PG_USER, PG_PASSWORD);
                 var q = c.prepareStatement("SELECT first_account_id, second_account_id FROM networking_meeting"
                         + " WHERE ended_at IS NULL AND session_id = ?")) {
                q.setLong(1, session);
                var open = new ArrayList<Long>();
                try (var rows = q.executeQuery()) {
                    while (rows.next()) {
                        open.add(rows.getLong(1));
                        open.add(rows.getLong(2));
                    }
                }
                assertEquals(2, open.size(), "one meeting open: " + open);
                assertEquals(2, open.stream().distinct().count(), "nobody is in two meetings: " + open);
            }
        } finally {
            a2.close();
            g2.close();
        }
    }

    /** Which node (0 or 1) holds the session's floor lease, from the lease row and the nodes' logs. */
    private static int ownerOf(long session) throws Exception {
        String owner;
        try (var c = DriverManager.getConnection(databaseUrl(), PG_USER, PG_PASSWORD);
             var q = c.prepareStatement("SELECT owner_node FROM networking_floor_lease WHERE session_id = ?")) {
            q.setLong(1, session);
            try (var rows = q.executeQuery()) {
                assertTrue(rows.next(), "the session's floor has a lease");
                owner = rows.getString(1);
            }
        }
        for (int i = 0; i < 2; i++) {
            if (Files.readString(dir.resolve(database + "-node" + (i + 1) + ".log")).contains("member " + owner)) {
                return i;
            }
        }
        throw new AssertionError("No node is member " + owner);
    }

    private static String databaseUrl() {
        return PG_URL.substring(0, PG_URL.lastIndexOf('/') + 1) + database;
    }

    private static WebClient login(int node, String email) throws Exception {
        var web = new WebClient(URI.create("http://localhost:" + ports.get(node) + "/").toURL());
        assertTrue(web.login(email, DemoEvent.PASSWORD), "login of " + email + " on node " + (node + 1));
        return web;
    }

    /** The demo's one LIVE networking session, found as the Networking tab finds it. */
    private static long liveSession(WebClient web) throws Exception {
        var tab = web.get("event/networking.xhtml?event=" + DemoEvent.SLUG);
        assertEquals(302, tab.statusCode(), "the tab leads to the live session");
        Matcher m = SESSION.matcher(tab.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static int requests;

    /** Sends a request with a fresh id; the answer with that id, which must not be an error. */
    private static JsonObject request(TestSocket socket, String type, String data) throws InterruptedException {
        String id = "c" + (++requests);
        socket.send("{\"type\":\"" + type + "\",\"id\":\"" + id + "\",\"data\":" + data + "}");
        JsonObject answer = socket.await(null, m -> id.equals(m.getString("id", null)), SHORT);
        assertTrue(!"error".equals(answer.getString("type")), type + " answered " + answer);
        return answer;
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
