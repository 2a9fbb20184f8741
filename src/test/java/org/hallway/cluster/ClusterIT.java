package org.hallway.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.Balancer;
import org.hallway.testing.GridPartition;
import org.hallway.testing.PayaraProcess;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes of one data grid ({@code --clustermode tcpip} on loopback, explicit ports)
 * on one PostgreSQL database, started at once on the empty database, behind the project's load
 * balancer ({@code src/cluster/balancer}: HAProxy, round robin, no sticky sessions), as the README's
 * "Running several nodes" starts them. Every request and socket goes through the balancer. Login
 * sessions, Faces views and view-scoped pages live in the data grid, so any node serves the next
 * request; attendees on different nodes hear each other; a networking pair split across the nodes
 * meets through the node that owns the session's floor, and when that node is killed (SIGKILL) the
 * other takes the floor over and serves the socket it holds where it is, the dead node's attendee
 * reconnects through the balancer without logging in again, and the meeting resumes there. Needs PostgreSQL (.ci/postgres) and haproxy; run by {@code -Pmatrix}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration SHORT = Duration.ofSeconds(15);
    private static final Pattern SESSION = Pattern.compile("session=(\\d+)");
    private static final Pattern NOTE = Pattern.compile("note=(\\d+)");
    private static final String PG_URL =
            System.getProperty("hallway.pg.url", "jdbc:postgresql://localhost:5432/postgres");
    private static final String PG_USER = System.getProperty("hallway.pg.user", "hallway_ci");
    private static final String PG_PASSWORD = System.getProperty("hallway.pg.password", "hallway_ci");

    static final List<PayaraProcess> nodes = new ArrayList<>();
    static final List<Integer> ports = new ArrayList<>();
    /** How each node was started, to start it again. */
    static final List<Start> starts = new ArrayList<>();

    record Start(List<String> options, List<String> cluster) {}

    static Balancer balancer;
    /** The data grid's ports of node1 and node2. */
    static int[] grid;

    static String database;
    static Path dir;
    /** Logged in once, through the balancer, for the whole class: the sessions outlive a node. */
    static WebClient ada;

    static WebClient grace;

    @BeforeAll
    static void startTwoNodesAtOnceBehindTheBalancer() throws Exception {
        Path build = Path.of(System.getProperty("hallway.build.dir", "target"));
        dir = Files.createDirectories(build.resolve("cluster-it"));
        database = "hallway_ci_cluster_" + System.currentTimeMillis();
        try (var c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        grid = new int[] {freePort(), freePort()};
        String members = "tcpip:127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        // Both at once on the empty database: Flyway locks its migrations; the demo's guard lets one load it.
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            List<String> options = List.of(
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-Dhallway.db.url=" + databaseUrl(),
                    "-Dhallway.db.user=" + PG_USER,
                    "-Dhallway.db.password=" + PG_PASSWORD,
                    "-Dhallway.demo=true",
                    "-Dhallway.node=node" + (i + 1),
                    "-Dhallway.proxies=127.0.0.1",
                    // a grid split's test cuts a socket off, heals, then reconnects it: room for a loaded machine
                    "-Dhallway.networking.grace-seconds=60");
            List<String> cluster = List.of(
                    "--clustermode",
                    members,
                    "--startport",
                    String.valueOf(grid[i]),
                    "--interfaces",
                    "127.0.0.1",
                    "--hzpublicaddress",
                    "127.0.0.1",
                    "--clustername",
                    database,
                    "--name",
                    "node" + (i + 1));
            starts.add(new Start(options, cluster));
            ports.add(port);
            nodes.add(start(i, log(i)));
        }
        for (int i = 0; i < 2; i++) {
            System.out.printf(
                    "[cluster] node%d ready on port %d after %.1f s%n",
                    i + 1, ports.get(i), nodes.get(i).awaitOk("/", Duration.ofMinutes(5)));
        }
        long loaded = 0;
        for (int i = 0; i < 2; i++) {
            loaded += Pattern.compile("Demo event loaded:")
                    .matcher(Files.readString(log(i)))
                    .results()
                    .count();
        }
        assertEquals(1, loaded, "exactly one node loaded the demo; the other found it there");
        for (int i = 0; i < 2; i++) {
            assertEquals("node" + (i + 1), memberId(i), "node" + (i + 1) + " joined a data grid under its name");
        }
        awaitGridOfTwo(Duration.ofMinutes(1));

        balancer = Balancer.start(
                Path.of("src/cluster/balancer"),
                freePort(),
                ports,
                dir.resolve(database + "-balancer"),
                dir.resolve(database + "-balancer.log"));
        balancer.awaitServing("/health/live", 2, Duration.ofSeconds(30));
        ada = login("ada@hallway.test");
        grace = login("grace@hallway.test");
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        for (PayaraProcess node : nodes) {
            node.close();
        }
        if (database != null) {
            try (var c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                    var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    @Test
    @Order(1)
    void chatAndPrivateMessagesReachAttendeesOnTheOtherNode() throws Exception {
        String channel = "\"session:" + liveSession(ada) + "\"";
        TestSocket a = TestSocket.event(ada, DemoEvent.SLUG);
        String adaNode = data(a.await("opened", SHORT)).getString("node");
        TestSocket g = onAnotherNode(() -> TestSocket.event(grace, DemoEvent.SLUG), "opened", adaNode);
        try {
            request(a, "subscribe", "{\"channel\":" + channel + "}");
            request(g, "subscribe", "{\"channel\":" + channel + "}");

            JsonObject posted =
                    data(request(a, "chat-post", "{\"channel\":" + channel + ",\"text\":\"Hello from one node\"}"));
            long adaId = posted.getJsonObject("sender").getJsonNumber("id").longValue();
            JsonObject onTwo = data(g.await(
                    "chat-message",
                    m -> "Hello from one node"
                            .equals(data(m).getJsonObject("message").getString("text")),
                    SHORT));
            assertEquals(
                    "Ada Lovelace",
                    onTwo.getJsonObject("message").getJsonObject("sender").getString("displayName"));
            request(g, "chat-post", "{\"channel\":" + channel + ",\"text\":\"Hello from the other\"}");
            a.await(
                    "chat-message",
                    m -> "Hello from the other"
                            .equals(data(m).getJsonObject("message").getString("text")),
                    SHORT);

            request(a, "subscribe", "{\"channel\":\"account:" + adaId + "\"}");
            String privately = "\""
                    + data(request(g, "chat-converse", "{\"accountId\":" + adaId + "}"))
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
    void aFacesPageAndItsPostbackWorkOnEitherNodeWithoutStickySessions() throws Exception {
        postbacksCrossBothWays();
    }

    /** A note editor's page and its postback served by different nodes, one way and then the other. */
    private static void postbacksCrossBothWays() throws Exception {
        String list = "event/matches.xhtml?session=" + liveSession(ada);
        var page = ada.get(list);
        assertEquals(200, page.statusCode(), "logged in on " + Balancer.servedBy(page));
        Matcher partner = NOTE.matcher(page.body());
        assertTrue(partner.find(), "the demo's Ada has met someone in the live session");
        String editor = list + "&note=" + partner.group(1);
        Set<String> crossings = new HashSet<>();
        // Round robin: the page and its postback land on different nodes, one way and then the other.
        for (int take = 1; take <= 4 && crossings.size() < 2; take++) {
            String text = "Met through the balancer, take " + take;
            var form = ada.get(editor);
            assertEquals(200, form.statusCode());
            assertTrue(form.body().contains("Your note about"), "the note editor is open");
            var saved = ada.submit(editor, form.body(), "note", Map.of("body", text), "save");
            String from = Balancer.servedBy(form);
            String to = Balancer.servedBy(saved);
            assertEquals(200, saved.statusCode(), from + " -> " + to);
            // The editor's subject lives in the view-scoped page: lost on the way, nothing would be saved.
            assertTrue(
                    saved.body().contains(" saved."),
                    "the postback on " + to + " continued the view rendered on " + from + ": "
                            + saved.body().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", ""));
            assertTrue(ada.get(list).body().contains(text), "the note is stored");
            if (!from.equals(to)) {
                crossings.add(from + " -> " + to);
            }
        }
        assertEquals(2, crossings.size(), "postbacks crossed from each node to the other: " + crossings);
    }

    @Test
    @Order(3)
    void eachNodeHasOneNameInItsHeaderItsWelcomesAndItsLeases() throws Exception {
        for (int i = 0; i < 2; i++) {
            var direct = new WebClient(URI.create(nodeBase(i)).toURL()).get("");
            assertEquals("node" + (i + 1), Balancer.servedBy(direct), "the node names itself, not the balancer");
        }
        long session = liveSession(ada);
        TestSocket a = TestSocket.open(ada, session);
        try {
            String welcomed = data(a.await("welcome", SHORT)).getString("node");
            assertTrue(Set.of("node1", "node2").contains(welcomed), welcomed);
            assertEquals("node" + (ownerOf(session) + 1), leaseOwner(session), "the lease names a node the same way");
        } finally {
            a.close();
        }
    }

    @Test
    @Order(4)
    void rulesSavedOnTheNodeThatDoesNotOwnTheFloorReachTheLiveFloor() throws Exception {
        long session = liveSession(ada);
        TestSocket a = TestSocket.open(ada, session);
        int before = data(a.await("welcome", SHORT)).getJsonObject("rules").getInt("meetingSeconds");
        a.close();
        int other = 1 - ownerOf(session);
        var organiser = new WebClient(
                URI.create("http://localhost:" + ports.get(other) + "/").toURL());
        assertTrue(
                organiser.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD),
                "the organiser logs in on node" + (other + 1));
        String page = "admin/networking-rules.xhtml?session=" + session;
        var form = organiser.get(page);
        int changed = before == 300 ? 240 : 300;
        Matcher cooldown = Pattern.compile(
                        "id=\"rules:cooldown\"[^>]*value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*id=\"rules:cooldown\"")
                .matcher(form.body());
        assertTrue(cooldown.find(), "the rules form shows the cooldown");
        var saved = organiser.submit(
                page,
                form.body(),
                "rules",
                Map.of(
                        "meetingSeconds",
                        String.valueOf(changed),
                        "cooldown",
                        cooldown.group(1) != null ? cooldown.group(1) : cooldown.group(2),
                        "leaveAfter",
                        "0",
                        "maxExtensions",
                        "1"),
                "save");
        assertTrue(saved.body().contains("Networking rules saved"), saved.body());
        assertEquals("node" + (other + 1), Balancer.servedBy(saved));
        // The floor's node learns the committed rules: a socket opened now is welcomed with them.
        long deadline = System.nanoTime() + SHORT.toNanos();
        int now;
        do {
            TestSocket again = TestSocket.open(ada, session);
            now = data(again.await("welcome", SHORT)).getJsonObject("rules").getInt("meetingSeconds");
            again.close();
        } while (now != changed && System.nanoTime() < deadline);
        assertEquals(
                changed, now, "the live floor on node" + (2 - other) + " follows rules saved on node" + (other + 1));
    }

    @Test
    @Order(5)
    void aGridSplitTellsCutOffSocketsWithinSecondsAndAfterHealingMeetingsResumeAndChatCatchesUp() throws Exception {
        Assumptions.assumeTrue(
                GridPartition.possible(), "a real split of the grid needs nft (Debian's nftables) as root");
        long session = liveSession(ada);
        WebClient alan = login("alan@hallway.test");
        WebClient margaret = login("margaret@hallway.test");
        TestSocket probe = TestSocket.open(alan, session);
        data(probe.await("welcome", SHORT));
        probe.close();
        int owner = ownerOf(session);
        int other = 1 - owner;
        // Straight to each node (the login sessions are in the grid): the partner on the floor's owner, the
        // other attendee on the node that the split will cut off from it.
        TestSocket onOwner = TestSocket.open(alan, nodeBase(owner), session, null);
        TestSocket cutOff = TestSocket.open(margaret, nodeBase(other), session, null);
        assertEquals("node" + (other + 1), data(cutOff.await("welcome", SHORT)).getString("node"));
        data(onOwner.await("welcome", SHORT));
        onOwner.send("ready", null);
        cutOff.send("ready", null);
        long meetingId =
                data(onOwner.await("matched", SHORT)).getJsonNumber("meetingId").longValue();
        data(cutOff.await("matched", SHORT));
        // Chat followers on either side of the split.
        String channel = "\"session:" + session + "\"";
        TestSocket chatHere = TestSocket.event(ada, nodeBase(owner), DemoEvent.SLUG, null);
        TestSocket chatThere = TestSocket.event(grace, nodeBase(other), DemoEvent.SLUG, null);
        request(chatHere, "subscribe", "{\"channel\":" + channel + "}");
        request(chatThere, "subscribe", "{\"channel\":" + channel + "}");
        TestSocket back = null;
        TestSocket chatAgain = null;
        try {
            long split = System.nanoTime();
            try (var partition = GridPartition.of(List.of(grid[0], grid[1]))) {
                // Both nodes still reach PostgreSQL: the owner keeps its lease; the socket's node says so at once.
                assertEquals(
                        1012,
                        cutOff.closeCode(Duration.ofSeconds(20)),
                        "the cut-off node asks its socket to reconnect");
                long told = (System.nanoTime() - split) / 1_000_000;
                JsonObject lost = data(onOwner.await("partner-lost", Duration.ofSeconds(20)));
                assertEquals(
                        meetingId,
                        lost.getJsonNumber("meetingId").longValue(),
                        "the owner no longer counts it connected");
                System.out.printf(
                        "[cluster] grid split: the cut-off socket was closed after %d ms, the partner told after"
                                + " %d ms%n",
                        told, (System.nanoTime() - split) / 1_000_000);
                assertTrue(told < 10_000, "told within seconds: " + told + " ms");
                assertEquals(owner, ownerOf(session), "one owner throughout");
                request(chatHere, "chat-post", "{\"channel\":" + channel + ",\"text\":\"Posted during the split\"}");
                // The split lasts past Cluster.HEALED_AFTER_MILLIS: long enough for the grid to drop what it could not
                // send.
                while (System.nanoTime() - split < Duration.ofSeconds(12).toNanos()) {
                    Thread.sleep(200);
                }
            }
            // Healed: the node that was cut off serves a socket through the grid again and the meeting resumes.
            long healed = System.nanoTime();
            long deadline = healed + Duration.ofSeconds(90).toNanos();
            JsonObject welcome = null;
            while (welcome == null) {
                back = TestSocket.open(margaret, nodeBase(other), session, null);
                try {
                    welcome = data(back.await("welcome", Duration.ofSeconds(5)));
                } catch (AssertionError notYet) {
                    back.close();
                    if (System.nanoTime() > deadline) {
                        throw notYet;
                    }
                }
            }
            System.out.printf(
                    "[cluster] grid healed: node%d served a socket again after %d ms%n",
                    other + 1, (System.nanoTime() - healed) / 1_000_000);
            assertEquals("meeting", welcome.getString("state"), "the meeting waited for its attendee");
            JsonObject resumed = data(back.await("matched", SHORT));
            assertTrue(resumed.getBoolean("resumed"));
            assertEquals(meetingId, resumed.getJsonNumber("meetingId").longValue());
            data(onOwner.await("partner-back", SHORT));
            // The event socket on the other side is asked to reconnect once the grid healed, and catches up from the
            // database.
            assertEquals(1012, chatThere.closeCode(Duration.ofSeconds(60)), "asked to reconnect and catch up");
            chatAgain = TestSocket.event(grace, nodeBase(other), DemoEvent.SLUG, null);
            JsonObject page = data(request(chatAgain, "chat-history", "{\"channel\":" + channel + "}"));
            assertTrue(
                    page.getJsonArray("messages").stream()
                            .map(m -> m.asJsonObject().getString("text"))
                            .anyMatch("Posted during the split"::equals),
                    "the chat posted during the split is there: " + page);
            back.send("leave", null);
            onOwner.await("meeting-ended", SHORT);
        } finally {
            onOwner.close();
            cutOff.close();
            chatHere.close();
            chatThere.close();
            for (TestSocket socket : new TestSocket[] {back, chatAgain}) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }

    @Test
    @Order(6)
    void loginFailuresOnEitherNodeCountTogether() throws Exception {
        // One throttle for the whole deployment: alternating nodes, the sixth failure (5 free) already makes
        // the next attempt wait; with a count per node it took twelve.
        Pattern waitFor = Pattern.compile("try again in (\\d+) seconds");
        int attempts = 0;
        boolean throttled = false;
        while (!throttled && attempts < 12) {
            int node = attempts % 2;
            var web = new WebClient(
                    URI.create("http://localhost:" + ports.get(node) + "/").toURL());
            String answer = web.submit(
                            "login.xhtml",
                            "login",
                            Map.of("email", "nobody-on-two-nodes@hallway.test", "password", "guess-" + attempts),
                            "submit")
                    .body();
            attempts++;
            throttled = waitFor.matcher(answer).find();
            assertTrue(throttled || answer.contains("Wrong e-mail address or password."), answer);
        }
        assertTrue(throttled, "never throttled in " + attempts + " attempts");
        assertTrue(attempts <= 8, "throttled after " + attempts + " attempts on two nodes, not 12");
    }

    @Test
    @Order(11)
    void afterTheKilledNodeIsStartedAgainPostbacksStillWorkOnEitherNode() throws Exception {
        int restarted = nodes.get(0).isAlive() ? 1 : 0;
        PayaraProcess again = start(restarted, dir.resolve(database + "-node" + (restarted + 1) + "-again.log"));
        nodes.set(restarted, again);
        System.out.printf(
                "[cluster] node%d started again after %.1f s%n",
                restarted + 1, again.awaitOk("/", Duration.ofMinutes(5)));
        balancer.awaitServing("/health/live", 2, Duration.ofSeconds(30));
        postbacksCrossBothWays();
    }

    @Test
    @Order(12)
    void afterARollingRestartOfBothNodesPostbacksStillWorkOnEitherNode() throws Exception {
        int other = nodes.get(0).isAlive() && nodes.get(1).isAlive() ? 1 : 0;
        nodes.get(other).close(); // a graceful stop this time
        PayaraProcess again = start(other, dir.resolve(database + "-node" + (other + 1) + "-again.log"));
        nodes.set(other, again);
        System.out.printf(
                "[cluster] node%d restarted after %.1f s%n", other + 1, again.awaitOk("/", Duration.ofMinutes(5)));
        balancer.awaitServing("/health/live", 2, Duration.ofSeconds(30));
        postbacksCrossBothWays();
        // An organiser's form with a view-scoped page, on either node in turn, after both restarted.
        WebClient organiser = login(DemoEvent.ADMIN_EMAIL);
        String page = "admin/networking-rules.xhtml?session=" + liveSession(ada);
        Set<String> crossings = new HashSet<>();
        for (int take = 1; take <= 4 && crossings.size() < 2; take++) {
            var form = organiser.get(page);
            Matcher cooldown = Pattern.compile(
                            "id=\"rules:cooldown\"[^>]*value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*id=\"rules:cooldown\"")
                    .matcher(form.body());
            assertTrue(cooldown.find(), "the rules form shows the cooldown");
            var saved = organiser.submit(
                    page,
                    form.body(),
                    "rules",
                    Map.of(
                            "meetingSeconds",
                            "300",
                            "cooldown",
                            cooldown.group(1) != null ? cooldown.group(1) : cooldown.group(2),
                            "leaveAfter",
                            "0",
                            "maxExtensions",
                            "1"),
                    "save");
            String from = Balancer.servedBy(form);
            String to = Balancer.servedBy(saved);
            assertEquals(200, saved.statusCode(), from + " -> " + to);
            assertTrue(saved.body().contains("Networking rules saved"), from + " -> " + to);
            if (!from.equals(to)) {
                crossings.add(from + " -> " + to);
            }
            organiser.get("health/live"); // round robin: the next take's page and postback land the other way round
        }
        assertEquals(2, crossings.size(), "postbacks crossed from each node to the other: " + crossings);
    }

    @Test
    @Order(10)
    void aPairOnTwoNodesMeetsAndTheirMeetingSurvivesTheOwnersDeathWithoutLoggingInAgain() throws Exception {
        long session = liveSession(ada);
        TestSocket a = TestSocket.open(ada, session);
        String adaNode = data(a.await("welcome", SHORT)).getString("node");
        TestSocket g = onAnotherNode(() -> TestSocket.open(grace, session), "welcome", adaNode);
        a.send("ready", null);
        g.send("ready", null);
        JsonObject matched = data(a.await("matched", SHORT));
        assertEquals("Grace Hopper", matched.getJsonObject("partner").getString("displayName"));
        assertEquals(
                "Ada Lovelace",
                data(g.await("matched", SHORT)).getJsonObject("partner").getString("displayName"));
        long meetingId = matched.getJsonNumber("meetingId").longValue();
        String endsAt = matched.getString("endsAt");

        a.send("signal", "{\"sdp\":{\"type\":\"offer\",\"sdp\":\"v=0 across\"}}");
        assertEquals(
                "v=0 across",
                data(g.await("signal", SHORT)).getJsonObject("sdp").getString("sdp"));
        g.send("signal", "{\"sdp\":{\"type\":\"answer\",\"sdp\":\"v=0 back\"}}");
        assertEquals(
                "v=0 back", data(a.await("signal", SHORT)).getJsonObject("sdp").getString("sdp"));
        a.send("media-flowing", null);
        g.send("media-flowing", null);
        a.send("connect", null);
        assertEquals("requested", data(a.await("connection", SHORT)).getString("state"));
        assertEquals("incoming", data(g.await("connection", SHORT)).getString("state"), "the request crossed nodes");

        int owner = ownerOf(session);
        int survivor = 1 - owner;
        String survivorId = memberId(survivor);
        boolean adaSurvives = adaNode.equals(survivorId);
        long killed = System.nanoTime();
        nodes.get(owner).kill();
        (adaSurvives ? g : a).closeCode(Duration.ofSeconds(30)); // the dead node's socket dropped
        // Its attendee comes back at once, as the browser does a second later, through the balancer (which
        // sends nothing to the dead node) with the login session it had (in the data grid): the survivor
        // holds the socket, unanswered while the dead node's lease runs out, and serves it once it owns the floor.
        TestSocket back = TestSocket.open(adaSurvives ? grace : ada, session);
        // The socket on the survivor was served by the dead owner: once the survivor takes the floor over,
        // it serves the socket where it is, without a reconnect: a new welcome, then the resumed meeting.
        TestSocket kept = adaSurvives ? a : g;
        JsonObject servedAgain = data(kept.await("welcome", Duration.ofSeconds(30)));
        System.out.printf(
                "[cluster] node%d killed; node%d took networking session %d over and served the socket it"
                        + " held after %d ms%n",
                owner + 1, survivor + 1, session, (System.nanoTime() - killed) / 1_000_000);
        assertEquals("meeting", servedAgain.getString("state"));
        assertEquals(survivorId, servedAgain.getString("node"));
        assertFalse(kept.isClosed(), "not asked to reconnect");
        assertEquals(survivor, ownerOf(session), "the survivor holds the lease");
        JsonObject keptResumed = data(kept.await("matched", SHORT));
        assertTrue(keptResumed.getBoolean("resumed"));
        assertEquals(meetingId, keptResumed.getJsonNumber("meetingId").longValue());
        assertEquals(endsAt, keptResumed.getString("endsAt"), "the meeting's end is unchanged");
        (adaSurvives ? g : a).close();
        TestSocket a2 = adaSurvives ? a : back;
        TestSocket g2 = adaSurvives ? back : g;
        try {
            JsonObject comingBack = data(back.await("welcome", SHORT));
            assertEquals("meeting", comingBack.getString("state"));
            assertEquals(survivorId, comingBack.getString("node"));
            JsonObject resumed = data(back.await("matched", SHORT));
            assertTrue(resumed.getBoolean("resumed"));
            assertEquals(meetingId, resumed.getJsonNumber("meetingId").longValue());
            assertEquals(endsAt, resumed.getString("endsAt"), "the meeting's end is unchanged");
            System.out.printf(
                    "[cluster] meeting %d resumed on node%d %d ms after the kill%n",
                    meetingId, survivor + 1, (System.nanoTime() - killed) / 1_000_000);
            for (WebClient web : List.of(ada, grace)) {
                var profile = web.get("account/profile.xhtml");
                assertEquals(
                        200,
                        profile.statusCode(),
                        "still logged in after the kill, no new login ("
                                + profile.headers().firstValue("Location").orElse("") + ")");
                assertEquals("node" + (survivor + 1), Balancer.servedBy(profile));
            }
            assertEquals(
                    "incoming",
                    data(g2.await("connection", SHORT)).getString("state"),
                    "the pending connection request was not lost");
            g2.send("connect", null);
            assertEquals("connected", data(g2.await("connection", SHORT)).getString("state"));
            assertEquals(
                    "connected",
                    data(a2.await("connection", m -> "connected".equals(data(m).getString("state")), SHORT))
                            .getString("state"));
            a2.send("signal", "{\"sdp\":{\"type\":\"offer\",\"sdp\":\"v=0 again\"}}");
            assertEquals(
                    "v=0 again",
                    data(g2.await("signal", SHORT)).getJsonObject("sdp").getString("sdp"));
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

    /** A socket opened through the balancer until the node holding it (its first message's {@code node}) is not {@code other}. */
    private static TestSocket onAnotherNode(Opening opening, String first, String other) throws Exception {
        for (int attempt = 1; attempt <= 6; attempt++) {
            TestSocket socket = opening.open();
            if (!other.equals(data(socket.await(first, SHORT)).getString("node"))) {
                return socket;
            }
            socket.close();
        }
        throw new AssertionError("Round robin never put a socket on the node other than " + other);
    }

    @FunctionalInterface
    private interface Opening {
        TestSocket open() throws Exception;
    }

    private static PayaraProcess start(int node, Path log) throws Exception {
        Path build = Path.of(System.getProperty("hallway.build.dir", "target"));
        return PayaraProcess.node(
                System.getProperty("payara.microJar"),
                build.resolve("hallway.war"),
                ports.get(node),
                starts.get(node).options(),
                starts.get(node).cluster(),
                log,
                dir.resolve("tmp"));
    }

    /** The node's own address, past the balancer. */
    private static String nodeBase(int node) {
        return "http://localhost:" + ports.get(node) + "/";
    }

    /** Which node (0 or 1) holds the session's floor lease. */
    private static int ownerOf(long session) throws Exception {
        String owner = leaseOwner(session);
        for (int i = 0; i < 2; i++) {
            if (owner.equals(memberId(i))) {
                return i;
            }
        }
        throw new AssertionError("No node is named " + owner);
    }

    /** The node named in the session's floor lease. */
    private static String leaseOwner(long session) throws Exception {
        try (var c = DriverManager.getConnection(databaseUrl(), PG_USER, PG_PASSWORD);
                var q = c.prepareStatement("SELECT owner_node FROM networking_floor_lease WHERE session_id = ?")) {
            q.setLong(1, session);
            try (var rows = q.executeQuery()) {
                assertTrue(rows.next(), "the session's floor has a lease");
                return rows.getString(1);
            }
        }
    }

    /** The node's name ({@code Cluster.nodeId()}, hallway.node), as it logged it on joining the data grid. */
    private static String memberId(int node) throws Exception {
        Matcher m = MEMBER.matcher(Files.readString(log(node)));
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern MEMBER = Pattern.compile("Data grid joined as node (\\S+)");

    /** Waits until both nodes' logs show a data grid of two members (Payara logs its "Data Grid Status" on each change). */
    private static void awaitGridOfTwo(Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log(0)).contains("DG Size: 2")
                    && Files.readString(log(1)).contains("DG Size: 2")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The two nodes did not form one data grid within " + patience);
    }

    private static Path log(int node) {
        return dir.resolve(database + "-node" + (node + 1) + ".log");
    }

    private static String databaseUrl() {
        return PG_URL.substring(0, PG_URL.lastIndexOf('/') + 1) + database;
    }

    private static WebClient login(String email) throws Exception {
        var web = new WebClient(URI.create(balancer.base()).toURL());
        assertTrue(web.login(email, DemoEvent.PASSWORD), "login of " + email + " through the balancer");
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
