package org.hallway.load;

import org.hallway.testing.PayaraProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hallway under load. One node on H2 (the one-node run, unchanged), or {@code load.nodes}
 * Payara Micro nodes of one data grid on a throw-away PostgreSQL database behind the balancer
 * ({@code src/cluster/balancer}), started exactly as README "Running several nodes" starts them:
 * grid on loopback with explicit ports, one node after the other (the first creates the schema and
 * the demo). Can kill a node (SIGKILL) and start it again. Stops everything and drops the database
 * when closed.
 */
final class HallwayNodes implements AutoCloseable {

    private static final Pattern MEMBER = Pattern.compile("Data grid joined as member (\\S+) \\((\\d+) members?\\)");

    private final LoadSettings settings;
    private final List<String> jvmOptions;
    private final List<String> microArguments;
    private final Consumer<String> log;
    private final List<PayaraProcess> nodes = new ArrayList<>();
    private final List<String> members = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private String database;
    private Process balancer;
    private int restarts;

    private HallwayNodes(LoadSettings settings, List<String> jvmOptions, List<String> microArguments,
                         Consumer<String> log) {
        this.settings = settings;
        this.jvmOptions = jvmOptions;
        this.microArguments = microArguments;
        this.log = log;
    }

    /** Starts the nodes (and the balancer and database when clustered) and waits until the driver can talk to them. */
    static HallwayNodes start(LoadSettings settings, List<String> jvmOptions, List<String> microArguments,
                              Consumer<String> log) throws Exception {
        var set = new HallwayNodes(settings, jvmOptions, microArguments, log);
        try {
            if (settings.clustered()) {
                set.startCluster();
            } else {
                set.startAlone();
            }
            return set;
        } catch (Exception | Error e) {
            set.close();
            throw e;
        }
    }

    private void startAlone() throws Exception {
        Path db = settings.out.resolve("db");
        LoadDriver.deleteTree(db);
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dhallway.db.url=jdbc:h2:file:" + db.toAbsolutePath() + "/hallway;WRITE_DELAY=0");
        options.addAll(recording("hallway"));
        Path logFile = settings.out.resolve("hallway.log");
        var server = PayaraProcess.launch(settings.microJar, settings.war, settings.hallwayPort, options,
                microArguments, logFile, settings.out.resolve("tmp"));
        nodes.add(server);
        logs.add(logFile);
        members.add("");
        double up = server.awaitOk("/", Duration.ofMinutes(8));
        log.accept(String.format(java.util.Locale.ROOT, "Hallway up in %.1f s on port %d (pid %d)", up,
                settings.hallwayPort, server.pid()));
    }

    private void startCluster() throws Exception {
        if (settings.nodes > settings.nodePorts.size() || settings.nodes > settings.gridPorts.size()) {
            throw new IllegalArgumentException("load.nodes=" + settings.nodes + " needs as many load.nodePorts and load.gridPorts");
        }
        database = "hallway_load_" + System.currentTimeMillis();
        try (var c = DriverManager.getConnection(settings.pgUrl, settings.pgUser, settings.pgPassword);
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        log.accept("database " + database + " created (PostgreSQL, " + settings.pgUrl + ")");
        for (int i = 0; i < settings.nodes; i++) {
            nodes.add(null);
            members.add("");
            logs.add(null);
            launchNode(i);
        }
        startBalancer();
    }

    /** Node i (0-based) as README "Running several nodes" starts it; waits for its first 200 and its grid membership. */
    private void launchNode(int i) throws Exception {
        StringBuilder grid = new StringBuilder("tcpip:");
        for (int j = 0; j < settings.nodes; j++) {
            grid.append(j == 0 ? "" : ",").append("127.0.0.1:").append(settings.gridPorts.get(j));
        }
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(List.of("-Dhallway.db.url=" + databaseUrl(), "-Dhallway.db.user=" + settings.pgUser,
                "-Dhallway.db.password=" + settings.pgPassword));
        String name = "node" + (i + 1) + (restarts == 0 ? "" : "-restart" + restarts);
        options.addAll(recording("hallway-" + name));
        List<String> arguments = new ArrayList<>(List.of("--clustermode", grid.toString(), "--startport",
                String.valueOf(settings.gridPorts.get(i)), "--interfaces", "127.0.0.1", "--hzpublicaddress", "127.0.0.1",
                "--clustername", database, "--name", "node" + (i + 1)));
        arguments.addAll(microArguments);
        Path logFile = settings.out.resolve("hallway-" + name + ".log");
        var node = PayaraProcess.node(settings.microJar, settings.war, settings.nodePorts.get(i), options, arguments,
                logFile, settings.out.resolve("tmp"));
        nodes.set(i, node);
        logs.set(i, logFile);
        double up = node.awaitOk("/", Duration.ofMinutes(8));
        Matcher m = MEMBER.matcher(Files.readString(logFile));
        boolean joined = m.find();
        members.set(i, joined ? m.group(1) : "");
        log.accept(String.format(java.util.Locale.ROOT, "node%d up in %.1f s on port %d (pid %d), %s",
                i + 1, up, settings.nodePorts.get(i), node.pid(),
                joined ? "grid member " + m.group(1) + " (" + m.group(2) + " members)" : "no grid membership in its log"));
    }

    private void startBalancer() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of("src/cluster/balancer").toAbsolutePath().toString(),
                Integer.toString(settings.hallwayPort)));
        for (int i = 0; i < settings.nodes; i++) {
            command.add(Integer.toString(settings.nodePorts.get(i)));
        }
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(settings.out.resolve("balancer.log").toFile());
        builder.environment().put("HALLWAY_BALANCER_DIR", settings.out.resolve("balancer").toAbsolutePath().toString());
        balancer = builder.start();
        // Up when it answers 200 through to a node: its health checks need two passes (~2 s).
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!balancer.isAlive()) {
                throw new IOException("The balancer exited with " + balancer.exitValue() + ": see "
                        + settings.out.resolve("balancer.log"));
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + settings.hallwayPort + "/"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    log.accept("balancer (HAProxy) on port " + settings.hallwayPort + " in front of ports "
                            + settings.nodePorts.subList(0, settings.nodes));
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException("The balancer did not answer 200 within 30 s");
    }

    /** With {@code -Dload.jfr=true}: a flight recording of the node, dumped when it stops. */
    private List<String> recording(String name) {
        if (!settings.jfr) {
            return List.of();
        }
        return List.of("-XX:StartFlightRecording=filename=" + settings.out.resolve(name + ".jfr").toAbsolutePath()
                + ",settings=profile,dumponexit=true");
    }

    int size() {
        return nodes.size();
    }

    /** Where attendee routes go: the balancer (or the one node); with {@code load.route=direct} each node's own port. */
    List<Integer> routes() {
        if (settings.clustered() && settings.direct()) {
            return settings.nodePorts.subList(0, settings.nodes);
        }
        return List.of(settings.hallwayPort);
    }

    /** The name a direct route's sockets are classified by (node1, node2, ...), as the balancer names them. */
    static String nodeName(int index) {
        return "node" + (index + 1);
    }

    boolean alive(int i) {
        return nodes.get(i) != null && nodes.get(i).isAlive();
    }

    ServerProbe probe(int i) {
        return new ServerProbe(nodes.get(i).pid());
    }

    long pid(int i) {
        return nodes.get(i).pid();
    }

    String databaseName() {
        return database;
    }

    /** The node (0-based) holding the session's floor lease, or -1 (no lease row, or an owner that is none of ours). */
    int ownerOf(long session) throws SQLException {
        if (database == null) {
            return 0;
        }
        try (var c = DriverManager.getConnection(databaseUrl(), settings.pgUser, settings.pgPassword);
             var q = c.prepareStatement("SELECT owner_node FROM networking_floor_lease WHERE session_id = ?")) {
            q.setLong(1, session);
            try (var rows = q.executeQuery()) {
                return rows.next() ? members.indexOf(rows.getString(1)) : -1;
            }
        }
    }

    /** As a crash would: SIGKILL. */
    void kill(int i) throws InterruptedException {
        nodes.get(i).kill();
    }

    /** Starts a killed node again (same ports, same grid); returns when it answers and has joined. */
    void restart(int i) throws Exception {
        restarts++;
        launchNode(i);
    }

    private String databaseUrl() {
        return settings.pgUrl.substring(0, settings.pgUrl.lastIndexOf('/') + 1) + database;
    }

    @Override
    public void close() throws InterruptedException {
        if (balancer != null) {
            balancer.destroy();
            balancer.waitFor(10, TimeUnit.SECONDS);
        }
        for (PayaraProcess node : nodes) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            try (var c = DriverManager.getConnection(settings.pgUrl, settings.pgUser, settings.pgPassword);
                 var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                log.accept("dropping database " + database + " failed: " + e.getMessage());
            }
        }
    }
}
