package org.hallway.load;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The analytics pages' response time on a large event (docs/performance.md, "Analytics"), in three steps:
 *
 * <ol>
 * <li>{@code import <port> <n>}: against a running server, imports {@code n} attendees into the demo
 * event through the organisers' import ({@code POST /api/admin/events/demo/attendees}), as the load
 * driver does.</li>
 * <li>{@code seed <jdbc-url> <meetings>} (server stopped: the embedded H2 file is the server's): the
 * documented bulk loader. Writes {@code meetings} finished meetings of the demo's networking session
 * between random imported attendees, with each side's wait, media arrival and route as the networking
 * journal records them (V21), a connection request for every fifth (accepted for two in three),
 * ratings for half the meetings, one room visit per attendee in each talk and one event stay per
 * attendee. Rows go in with JDBC batches (the journal's per-meeting path would take hours here) and
 * ids come above {@code hallway_seq}, which is then moved past them, so the application keeps
 * allocating safely.</li>
 * <li>{@code time <port> <runs>}: logs in as the organiser and times {@code runs} loads of
 * {@code admin/analytics.xhtml?event=demo} and of each CSV download; prints each time, the median per
 * page and the load average before and after.</li>
 * </ol>
 */
public final class AnalyticsBench {

    private static final String SLUG = "demo";

    private AnalyticsBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "import" -> importAttendees(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "seed" -> seed(args[1], Integer.parseInt(args[2]));
            case "time" -> time(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> System.err.println("usage: import <port> <n> | seed <jdbc-url> <meetings> | time <port> <runs>");
        }
    }

    static void importAttendees(int port, int n) throws IOException, InterruptedException {
        var logins = new Logins(port, "hallway-demo");
        String cookie = logins.login("admin@hallway.test");
        int created = 0;
        for (int from = 0; from < n; from += 5000) {
            var csv = new StringBuilder("email,displayName,ticketType,password\n");
            for (int i = from; i < Math.min(n, from + 5000); i++) {
                csv.append("bench").append(i).append("@load.test,Bench Attendee ").append(i)
                        .append(i % 4 == 0 ? ",Sponsor," : ",General,").append("bench-password-1\n");
            }
            HttpResponse<String> response = logins.http().send(logins.request("api/admin/events/" + SLUG + "/attendees",
                    cookie).header("Content-Type", "text/csv; charset=utf-8").timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Import refused: HTTP " + response.statusCode() + " " + response.body());
            }
            created += Json.parse(response.body()).getInt("created");
        }
        System.out.println("imported " + created + " attendees");
    }

    static void seed(String url, int meetings) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "hallway", "hallway")) {
            db.setAutoCommit(false);
            long event = one(db, "SELECT id FROM event WHERE slug = '" + SLUG + "'");
            long session = one(db, "SELECT id FROM agenda_session WHERE event_id = " + event + " AND type = 'NETWORKING'");
            List<Long> people = list(db, "SELECT account_id FROM ticket WHERE event_id = " + event + " ORDER BY account_id");
            List<Long> talks = list(db, "SELECT id FROM agenda_session WHERE event_id = " + event + " AND type <> 'NETWORKING'");
            long id = Math.max(one(db, "SELECT MAX(id) FROM networking_meeting"), one(db, "SELECT MAX(id) FROM account")) + 1_000_000;
            var random = new SplittableRandom(14);
            LocalDateTime t0 = LocalDateTime.now().minusDays(1).withNano(0);
            String[] routes = {"HOST", "HOST", "HOST", "SRFLX", "PRFLX", "RELAY"};
            try (PreparedStatement m = db.prepareStatement("INSERT INTO networking_meeting (id, session_id, event_id,"
                    + " first_account_id, second_account_id, started_at, ends_at, ended_at, extensions, end_reason, ended_by,"
                    + " failed, first_waited_ms, second_waited_ms, first_media_at, second_media_at, first_route, second_route)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement c = db.prepareStatement("INSERT INTO networking_connection (id, event_id, requester_id,"
                         + " addressee_id, low_account_id, high_account_id, meeting_id, requested_at, accepted_at)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement r = db.prepareStatement("INSERT INTO networking_rating (id, meeting_id, session_id,"
                         + " rater_id, partner_id, stars, meet_again, rated_at, version) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, 0)")) {
                var pairs = new java.util.HashSet<Long>();
                for (int i = 0; i < meetings; i++) {
                    long a = people.get(random.nextInt(people.size()));
                    long b = people.get(random.nextInt(people.size()));
                    if (a == b) {
                        i--;
                        continue;
                    }
                    LocalDateTime start = t0.plusSeconds(i / 50 * 3L);
                    int kind = random.nextInt(100);
                    String reason = kind < 6 ? "MEDIA_FAILED" : kind < 10 ? "PARTNER_LOST" : kind < 25 ? "LEFT" : "TIME";
                    int extensions = reason.equals("TIME") && random.nextInt(4) == 0 ? 1 : 0;
                    int seconds = reason.equals("MEDIA_FAILED") ? 20 : 60 + random.nextInt(120) + extensions * 90;
                    long meeting = id++;
                    m.setLong(1, meeting);
                    m.setLong(2, session);
                    m.setLong(3, event);
                    m.setLong(4, a);
                    m.setLong(5, b);
                    m.setTimestamp(6, Timestamp.valueOf(start));
                    m.setTimestamp(7, Timestamp.valueOf(start.plusSeconds(seconds)));
                    m.setTimestamp(8, Timestamp.valueOf(start.plusSeconds(seconds)));
                    m.setInt(9, extensions);
                    m.setString(10, reason);
                    m.setBoolean(11, reason.equals("MEDIA_FAILED"));
                    m.setLong(12, random.nextInt(20_000));
                    m.setLong(13, random.nextInt(20_000));
                    m.setTimestamp(14, Timestamp.valueOf(start.plusSeconds(2)));
                    if (reason.equals("MEDIA_FAILED")) {
                        m.setNull(15, java.sql.Types.TIMESTAMP);
                    } else {
                        m.setTimestamp(15, Timestamp.valueOf(start.plusSeconds(2)));
                    }
                    m.setString(16, routes[random.nextInt(routes.length)]);
                    m.setString(17, routes[random.nextInt(routes.length)]);
                    m.addBatch();
                    long low = Math.min(a, b);
                    long high = Math.max(a, b);
                    if (i % 5 == 0 && !reason.equals("MEDIA_FAILED") && pairs.add(low * 1_000_000_007L + high)) {
                        c.setLong(1, id++);
                        c.setLong(2, event);
                        c.setLong(3, a);
                        c.setLong(4, b);
                        c.setLong(5, low);
                        c.setLong(6, high);
                        c.setLong(7, meeting);
                        c.setTimestamp(8, Timestamp.valueOf(start.plusSeconds(30)));
                        if (random.nextInt(3) < 2) {
                            c.setTimestamp(9, Timestamp.valueOf(start.plusSeconds(40)));
                        } else {
                            c.setNull(9, java.sql.Types.TIMESTAMP);
                        }
                        c.addBatch();
                    }
                    if (i % 2 == 0 && !reason.equals("MEDIA_FAILED")) {
                        r.setLong(1, id++);
                        r.setLong(2, meeting);
                        r.setLong(3, session);
                        r.setLong(4, a);
                        r.setLong(5, b);
                        r.setInt(6, 1 + random.nextInt(5));
                        r.setTimestamp(7, Timestamp.valueOf(start.plusSeconds(seconds + 10)));
                        r.addBatch();
                    }
                    if (i % 1000 == 999) {
                        m.executeBatch();
                        c.executeBatch();
                        r.executeBatch();
                        db.commit();
                    }
                }
                m.executeBatch();
                c.executeBatch();
                r.executeBatch();
            }
            try (PreparedStatement v = db.prepareStatement("INSERT INTO room_visit (id, session_id, account_id, entered_at,"
                    + " left_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement p = db.prepareStatement("INSERT INTO event_presence (id, event_id, account_id, entered_at,"
                         + " left_at) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                for (long person : people) {
                    LocalDateTime arrived = t0.minusMinutes(30).plusSeconds(random.nextInt(7_200));
                    p.setLong(1, id++);
                    p.setLong(2, event);
                    p.setLong(3, person);
                    p.setTimestamp(4, Timestamp.valueOf(arrived));
                    p.setTimestamp(5, Timestamp.valueOf(arrived.plusMinutes(30 + random.nextInt(300))));
                    p.addBatch();
                    for (long talk : talks) {
                        if (random.nextInt(3) == 0) {
                            LocalDateTime entered = arrived.plusMinutes(random.nextInt(120));
                            v.setLong(1, id++);
                            v.setLong(2, talk);
                            v.setLong(3, person);
                            v.setTimestamp(4, Timestamp.valueOf(entered));
                            v.setTimestamp(5, Timestamp.valueOf(entered.plusMinutes(1 + random.nextInt(60))));
                            v.addBatch();
                        }
                    }
                    if (++n % 1000 == 0) {
                        v.executeBatch();
                        p.executeBatch();
                        db.commit();
                    }
                }
                v.executeBatch();
                p.executeBatch();
            }
            try (var s = db.createStatement()) {
                s.execute("ALTER SEQUENCE hallway_seq RESTART WITH " + (id + 1000));
            }
            db.commit();
            System.out.println("seeded " + meetings + " meetings for " + people.size() + " attendees and "
                    + talks.size() + " talks; ids up to " + id);
        }
    }

    static void time(int port, int runs) throws Exception {
        var logins = new Logins(port, "hallway-demo");
        String cookie = logins.login("admin@hallway.test");
        List<String> pages = List.of("admin/analytics.xhtml?event=" + SLUG, "admin/analytics/event.csv?event=" + SLUG,
                "admin/analytics/registrations.csv?event=" + SLUG, "admin/analytics/sessions.csv?event=" + SLUG,
                "admin/analytics/networking.csv?event=" + SLUG);
        System.out.println("load average before: " + Files.readString(Path.of("/proc/loadavg")).trim());
        get(logins, cookie, pages.get(0)); // warm-up (first use of the page and its queries), not counted
        for (String page : pages) {
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                int status = get(logins, cookie, page);
                millis[i] = (System.nanoTime() - t) / 1e6;
                if (status != 200) {
                    throw new IOException(page + ": HTTP " + status);
                }
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("%-45s runs %s ms, median %.0f ms%n", page, format(millis), sorted[runs / 2]);
        }
        System.out.println("load average after: " + Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static int get(Logins logins, String cookie, String path) throws IOException, InterruptedException {
        return logins.http().send(logins.request(path, cookie).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String format(double[] millis) {
        List<String> parts = new ArrayList<>();
        for (double m : millis) {
            parts.add(String.format("%.0f", m));
        }
        return String.join(" / ", parts);
    }

    private static long one(Connection db, String sql) throws SQLException {
        try (var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<Long> list(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }
}
