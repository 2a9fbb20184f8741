package org.hallway.cluster;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hallway.journeys.Mailbox;
import org.hallway.journeys.Site;
import org.hallway.testing.Balancer;
import org.hallway.testing.PayaraProcess;

/**
 * Two Payara Micro nodes of one data grid on one fresh PostgreSQL database, started at once on the
 * empty database (as README "Running several nodes" does) with the demo data, behind the HAProxy
 * balancer; their mail goes to a {@link Mailbox} in this JVM, and their links name the balancer. As a
 * {@link Site}, every request a journey makes goes through the balancer (no sticky sessions).
 */
final class TwoNodes implements Site, AutoCloseable {

    private static final String PG_URL =
            System.getProperty("hallway.pg.url", "jdbc:postgresql://localhost:5432/postgres");
    private static final String PG_USER = System.getProperty("hallway.pg.user", "hallway_ci");
    private static final String PG_PASSWORD = System.getProperty("hallway.pg.password", "hallway_ci");

    private final List<PayaraProcess> nodes = new ArrayList<>();
    private final String database;
    private final Mailbox mailbox;
    private Balancer balancer;

    private TwoNodes(String database, Mailbox mailbox) {
        this.database = database;
        this.mailbox = mailbox;
    }

    static TwoNodes start(String purpose) throws Exception {
        Path build = Path.of(System.getProperty("hallway.build.dir", "target"));
        Path dir = Files.createDirectories(build.resolve("cluster-" + purpose));
        String database = "hallway_ci_" + purpose + "_" + System.currentTimeMillis();
        try (var c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        var site = new TwoNodes(database, Mailbox.start());
        try {
            site.launch(build, dir);
        } catch (Exception | Error e) {
            site.close();
            throw e;
        }
        return site;
    }

    private void launch(Path build, Path dir) throws Exception {
        int[] grid = {freePort(), freePort()};
        int balancerPort = freePort();
        String members = "tcpip:127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        String url = PG_URL.substring(0, PG_URL.lastIndexOf('/') + 1) + database;
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            List<String> options = List.of(
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-Dhallway.db.url=" + url,
                    "-Dhallway.db.user=" + PG_USER,
                    "-Dhallway.db.password=" + PG_PASSWORD,
                    "-Dhallway.demo=true",
                    "-Dhallway.mail.host=127.0.0.1",
                    "-Dhallway.mail.port=" + mailbox.port(),
                    "-Dhallway.mail.tls=none",
                    "-Dhallway.mail.base-url=http://localhost:" + balancerPort + "/");
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
            nodes.add(PayaraProcess.node(
                    System.getProperty("payara.microJar"),
                    build.resolve("hallway.war"),
                    port,
                    options,
                    cluster,
                    dir.resolve("node" + (i + 1) + ".log"),
                    dir.resolve("tmp")));
            ports.add(port);
        }
        for (int i = 0; i < 2; i++) {
            System.out.printf(
                    "[two nodes] node%d ready on port %d after %.1f s%n",
                    i + 1, ports.get(i), nodes.get(i).awaitOk("/", Duration.ofMinutes(5)));
        }
        awaitGridOfTwo(dir, Duration.ofMinutes(1));
        balancer = Balancer.start(
                Path.of("src/cluster/balancer"),
                balancerPort,
                ports,
                dir.resolve("balancer"),
                dir.resolve("balancer.log"));
        balancer.awaitServing("/health/live", 2, Duration.ofSeconds(30));
    }

    /** Both nodes' logs show a data grid of two (Payara logs its "Data Grid Status" on each change). */
    private static void awaitGridOfTwo(Path dir, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(dir.resolve("node1.log")).contains("DG Size: 2")
                    && Files.readString(dir.resolve("node2.log")).contains("DG Size: 2")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The two nodes did not form one data grid within " + patience);
    }

    @Override
    public String address() {
        return balancer.base();
    }

    @Override
    public Mailbox mailbox() {
        return mailbox;
    }

    @Override
    public String name() {
        return "two Payara nodes behind HAProxy";
    }

    @Override
    public void close() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        for (PayaraProcess node : nodes) {
            node.close();
        }
        mailbox.close();
        try (var c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
