package org.hallway.portability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import org.hallway.platform.MigrationLocations;

/**
 * A throw-away database for one server start: an H2 file under target/, or a PostgreSQL database
 * {@code hallway_ci_*} on the machine's cluster (connection through {@code hallway.pg.url},
 * {@code hallway.pg.user}, {@code hallway.pg.password}; .ci/postgres creates that role).
 */
public final class TestDatabase implements AutoCloseable {

    /** The tables of the previous release (V1 + V3) that {@link #fillAsPreviousRelease()} fills. */
    static final List<String> TABLES = List.of(
            "stored_image",
            "account",
            "account_role",
            "event",
            "agenda_session",
            "session_speaker",
            "session_seat",
            "ticket_type",
            "ticket",
            "networking_rules",
            "networking_meeting",
            "networking_connection",
            "networking_block",
            "networking_report");

    static final String OLD_EMAIL = "old-organiser@hallway.test";
    static final String OLD_PASSWORD = "previous-release";
    static final String OLD_EVENT_SLUG = "old-conference";
    static final String OLD_EVENT_NAME = "Conference of the previous release";
    static final long OLD_IMAGE_ID = 101;
    /** A valid 1×1 PNG. */
    static final byte[] OLD_IMAGE = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    private static final String PG_URL =
            System.getProperty("hallway.pg.url", "jdbc:postgresql://localhost:5432/postgres");
    private static final String PG_USER = System.getProperty("hallway.pg.user", "hallway_ci");
    private static final String PG_PASSWORD = System.getProperty("hallway.pg.password", "hallway_ci");

    private final Combination combination;
    private final String name;
    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(Combination combination, String name, String url, String user, String password) {
        this.combination = combination;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** An empty database named after the combination and the purpose. */
    public static TestDatabase create(Combination combination, String purpose, Path workDir) throws Exception {
        // hallway.db.suffix lets two checkouts on one machine run the suite at once without sharing databases.
        String name =
                "hallway_ci_" + combination.server() + "_" + purpose + System.getProperty("hallway.db.suffix", "");
        if (combination.postgresql()) {
            try (Connection admin = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                    var statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + name);
            }
            String url = PG_URL.substring(0, PG_URL.lastIndexOf('/') + 1) + name;
            return new TestDatabase(combination, name, url, PG_USER, PG_PASSWORD);
        }
        Path dir = Files.createDirectories(workDir.resolve("h2-" + purpose));
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        // AUTO_SERVER: the test may look into the database the server holds open.
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("hallway") + ";AUTO_SERVER=TRUE";
        return new TestDatabase(combination, name, url, "hallway", "hallway");
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * Creates the schema as the previous release did (its migrations only: V1 and V3, run from this
     * build's migration folders with target 3), then fills every table with a row or more.
     */
    void fillAsPreviousRelease() throws Exception {
        var flyway = Flyway.configure().dataSource(url, user, password);
        flyway.locations(MigrationLocations.of(flyway.getDataSource()))
                .target("3")
                .load()
                .migrate();
        LocalDateTime now = LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
        try (Connection c = connect()) {
            insert(
                    c,
                    "insert into stored_image (id, content_type, width, height, data, created_at) values (?,?,?,?,?,?)",
                    OLD_IMAGE_ID,
                    "image/png",
                    1,
                    1,
                    OLD_IMAGE,
                    now);
            insert(
                    c,
                    "insert into account (id, email, password_hash, display_name, headline, created_at, version,"
                            + " headshot_image_id) values (?,?,?,?,?,?,?,?)",
                    102L,
                    OLD_EMAIL,
                    hash(OLD_PASSWORD),
                    "Olga Oldtimer",
                    "Ran events before the upgrade",
                    now,
                    0L,
                    OLD_IMAGE_ID);
            insert(
                    c,
                    "insert into account (id, email, password_hash, display_name, created_at, version)"
                            + " values (?,?,?,?,?,?)",
                    103L,
                    "old-attendee@hallway.test",
                    hash(OLD_PASSWORD),
                    "Otto Old",
                    now,
                    0L);
            insert(c, "insert into account_role (account_id, role) values (?,?)", 102L, "ADMIN");
            insert(c, "insert into account_role (account_id, role) values (?,?)", 102L, "ATTENDEE");
            insert(c, "insert into account_role (account_id, role) values (?,?)", 103L, "ATTENDEE");
            LocalDate today = now.toLocalDate();
            insert(
                    c,
                    "insert into event (id, slug, name, description, cover_image_id, time_zone, first_day, last_day,"
                            + " version) values (?,?,?,?,?,?,?,?,?)",
                    104L,
                    OLD_EVENT_SLUG,
                    OLD_EVENT_NAME,
                    "Kept by the upgrade",
                    OLD_IMAGE_ID,
                    "UTC",
                    today,
                    today.plusDays(1),
                    0L);
            insert(
                    c,
                    "insert into agenda_session (id, event_id, type, name, track, starts_at, ends_at, capacity, state,"
                            + " version) values (?,?,?,?,?,?,?,?,?,?)",
                    105L,
                    104L,
                    "SESSION",
                    "Talk from before",
                    "Main",
                    today.atTime(10, 0),
                    today.atTime(11, 0),
                    50,
                    "SCHEDULED",
                    0L);
            insert(
                    c,
                    "insert into agenda_session (id, event_id, type, name, track, starts_at, ends_at, state, version)"
                            + " values (?,?,?,?,?,?,?,?,?)",
                    106L,
                    104L,
                    "NETWORKING",
                    "Old networking",
                    "Networking",
                    today.atTime(0, 0),
                    today.atTime(23, 59),
                    "ENDED",
                    0L);
            insert(c, "insert into session_speaker (session_id, account_id) values (?,?)", 105L, 102L);
            insert(
                    c,
                    "insert into session_seat (id, session_id, account_id, joined_at) values (?,?,?,?)",
                    107L,
                    105L,
                    103L,
                    now);
            insert(
                    c,
                    "insert into ticket_type (id, event_id, name, capacity, invite_token, version)"
                            + " values (?,?,?,?,?,?)",
                    108L,
                    104L,
                    "Classic",
                    100,
                    "oldtoken0123456789abcdef0123456789",
                    0L);
            insert(
                    c,
                    "insert into ticket (id, event_id, ticket_type_id, account_id, issued_at) values (?,?,?,?,?)",
                    109L,
                    104L,
                    108L,
                    102L,
                    now);
            insert(
                    c,
                    "insert into ticket (id, event_id, ticket_type_id, account_id, issued_at) values (?,?,?,?,?)",
                    110L,
                    104L,
                    108L,
                    103L,
                    now);
            insert(
                    c,
                    "insert into networking_rules (id, session_id, meeting_seconds, allow_rematch,"
                            + " rematch_cooldown_seconds, leave_after_seconds, max_extensions, restrict_pairing, version)"
                            + " values (?,?,?,?,?,?,?,?,?)",
                    111L,
                    106L,
                    180,
                    false,
                    300,
                    0,
                    1,
                    false,
                    0L);
            insert(
                    c,
                    "insert into networking_meeting (id, session_id, event_id, first_account_id, second_account_id,"
                            + " started_at, ends_at, ended_at, extensions, end_reason, failed, connection_state)"
                            + " values (?,?,?,?,?,?,?,?,?,?,?,?)",
                    112L,
                    106L,
                    104L,
                    102L,
                    103L,
                    now.minusMinutes(10),
                    now.minusMinutes(7),
                    now.minusMinutes(7),
                    0,
                    "TIME",
                    false,
                    "CONNECTED");
            insert(
                    c,
                    "insert into networking_connection (id, event_id, requester_id, addressee_id, low_account_id,"
                            + " high_account_id, meeting_id, requested_at, accepted_at) values (?,?,?,?,?,?,?,?,?)",
                    113L,
                    104L,
                    102L,
                    103L,
                    102L,
                    103L,
                    112L,
                    now.minusMinutes(8),
                    now.minusMinutes(8));
            insert(
                    c,
                    "insert into networking_block (id, event_id, blocker_id, blocked_id, created_at)"
                            + " values (?,?,?,?,?)",
                    114L,
                    104L,
                    103L,
                    102L,
                    now);
            insert(
                    c,
                    "insert into networking_report (id, event_id, session_id, meeting_id, reporter_id, reported_id,"
                            + " reason, created_at) values (?,?,?,?,?,?,?,?)",
                    115L,
                    104L,
                    106L,
                    112L,
                    103L,
                    102L,
                    "Kept after the upgrade",
                    now);
        }
    }

    /** Row counts of the previous release's tables. */
    Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connect();
                var statement = c.createStatement()) {
            for (String table : TABLES) {
                try (var rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The migrations applied (version and success), in order. */
    List<String> appliedMigrations() throws SQLException {
        try (Connection c = connect();
                var statement = c.createStatement();
                var rows = statement.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\""
                        + " where \"version\" is not null order by \"installed_rank\"")) {
            var applied = new java.util.ArrayList<String>();
            while (rows.next()) {
                applied.add(rows.getString(1) + (rows.getBoolean(2) ? "" : " (failed)"));
            }
            return applied;
        }
    }

    byte[] imageBytes(long id) throws SQLException {
        try (Connection c = connect();
                var statement = c.prepareStatement("select data from stored_image where id = ?")) {
            statement.setLong(1, id);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        }
    }

    @Override
    public void close() throws Exception {
        if (combination.postgresql()) {
            try (Connection admin = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                    var statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof LocalDateTime t) {
                    statement.setTimestamp(i + 1, Timestamp.valueOf(t));
                } else if (value instanceof LocalDate d) {
                    statement.setDate(i + 1, java.sql.Date.valueOf(d));
                } else if (value instanceof byte[] bytes) {
                    statement.setBytes(i + 1, bytes);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
    }

    /** The stored form of a password as the application writes it (Jakarta Security's PBKDF2, 100k iterations). */
    private static String hash(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        var spec = new PBEKeySpec(password.toCharArray(), salt, 100_000, 32 * 8);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(spec)
                .getEncoded();
        var b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:100000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }
}
