package org.hallway.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The driver's knobs, from system properties ({@code -Dload.*}); the defaults are the documented run. */
final class LoadSettings {

    /** Attendees per step; {@code -Dload.steps=0} (or set empty): no load, only the start-ups. */
    final List<Integer> steps = steps();
    final int warmupSeconds = integer("load.warmupSeconds", 10);
    final int measureSeconds = integer("load.measureSeconds", 30);
    final int bareSeconds = integer("load.bareSeconds", 20);
    final long dwellMinMillis = integer("load.dwellMinMillis", 10_000);
    final long dwellMaxMillis = integer("load.dwellMaxMillis", 30_000);
    final long thinkMaxMillis = integer("load.thinkMaxMillis", 2_000);
    final double connectShare = Double.parseDouble(text("load.connectShare", "0.25"));
    final int matchTimeoutSeconds = integer("load.matchTimeoutSeconds", 30);
    final double loginsPerSecond = Double.parseDouble(text("load.loginsPerSecond", "40"));
    final int loginConcurrency = integer("load.loginConcurrency", 4);
    final int connectAttempts = integer("load.connectAttempts", 5);
    final int connectConcurrency = integer("load.connectConcurrency", 32);
    final int socketClients = integer("load.socketClients", 4);
    final int clientThreads = integer("load.clientThreads", 4);
    final int hallwayPort = integer("load.hallwayPort", 8585);
    final int barePort = integer("load.barePort", 8586);
    final int helloPort = integer("load.helloPort", 8587);
    final int startupRuns = integer("load.startupRuns", 3);
    /**
     * Further WARs started in every start-up round after Hallway's and before hello world's, as
     * {@code label=path,label=path} (e.g. the WAR before and after a change): an A/B in the same rounds.
     */
    final Map<String, Path> startupWars = startupWars();
    /** How long a start-up may take before the run fails (a busy shared machine needs more than the default). */
    final int startupPatienceSeconds = integer("load.startupPatienceSeconds", 180);
    /** After the steps: everyone connected sends ready within this many seconds (0: no burst). */
    final int burstSeconds = integer("load.burstSeconds", 0);
    final int burstWindowSeconds = integer("load.burstWindowSeconds", 30);
    final boolean jfr = Boolean.parseBoolean(text("load.jfr", "false"));
    final String serverOptions = text("load.serverOptions", "-Xmx2g");
    /** Asadmin commands the load's Hallway server runs before it boots (an operator's server settings); empty: none. */
    final String bootCommands = text("load.bootCommands", "");
    final int budgetMinutes = integer("load.budgetMinutes", 14);
    final long sessionId = Long.parseLong(text("load.session", "0"));
    /**
     * Nodes of Hallway under load (docs/performance.md "Several nodes"): 1 is the one-node run; more
     * start a data grid of that many Payara Micro nodes on a throw-away PostgreSQL database behind
     * the balancer (src/cluster/balancer), which the driver then talks to on {@link #hallwayPort}.
     */
    final int nodes = integer("load.nodes", 1);
    /** h2 (one node only, the default) or postgresql (always with several nodes; behind the balancer). */
    final String database = text("load.database", nodes > 1 ? "postgresql" : "h2");
    /** The nodes' HTTP ports and data-grid ports (only with PostgreSQL), one each per node. */
    final List<Integer> nodePorts = ports("load.nodePorts", "8591,8592,8593,8594");
    final List<Integer> gridPorts = ports("load.gridPorts", "5931,5932,5933,5934");
    /** balancer: logins and sockets through it (the default); direct: attendee i logs in and connects to node i mod N. */
    final String route = text("load.route", "balancer");
    final String pgUrl = text("load.pgUrl", "jdbc:postgresql://localhost:5432/postgres");
    final String pgUser = text("load.pgUser", "hallway_ci");
    final String pgPassword = text("load.pgPassword", "hallway_ci");
    /** After the steps: kill the node owning the floor while meetings run, this many times (needs PostgreSQL). */
    final boolean failover = Boolean.parseBoolean(text("load.failover", "false"));
    final int failoverRuns = integer("load.failoverRuns", 3);
    /** How long meetings run before a kill, and how long the driver waits for them to resume. */
    final int failoverWarmupSeconds = integer("load.failoverWarmupSeconds", 20);
    final int failoverPatienceSeconds = integer("load.failoverPatienceSeconds", 60);
    /** The chat load instead of the networking load (docs/performance.md "Chat fan-out"). */
    final boolean chat = Boolean.parseBoolean(text("load.chat", "false"));
    /** Room sizes of the chat load, each measured at {@link #chatRate}. */
    final List<Integer> chatSteps = Arrays.stream(text("load.chatSteps", "1000,5000").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
    /** Messages a second into the room (all senders together) for the chat steps. */
    final double chatRate = Double.parseDouble(text("load.chatRate", "5"));
    final int chatWarmupSeconds = integer("load.chatWarmupSeconds", 5);
    final int chatSeconds = integer("load.chatSeconds", 30);
    /** The room size at which the highest sustained rate is searched (0: no search). */
    final int chatSearchAt = integer("load.chatSearchAt", 1000);
    /** The search's first rate; it doubles until a window misses, then bisects once. */
    final double chatSearchFrom = Double.parseDouble(text("load.chatSearchFrom", "5"));
    final double chatSearchMax = Double.parseDouble(text("load.chatSearchMax", "2560"));
    final int chatSearchSeconds = integer("load.chatSearchSeconds", 10);
    final double chatP99Millis = Double.parseDouble(text("load.chatP99Millis", "250"));
    final boolean writeDocs = Boolean.parseBoolean(text("load.writeDocs", "true"));
    final String microJar = required("payara.microJar");
    final Path war = Path.of(text("load.war", "target/hallway.war"));
    final Path out = Path.of(text("load.out", "target/load"));
    final Path docs = Path.of(text("load.docs", "docs"));
    final String adminEmail = text("load.adminEmail", "admin@hallway.test");
    final String adminPassword = text("load.adminPassword", "hallway-demo");
    final String eventSlug = text("load.event", "demo");
    final String ticketType = text("load.ticketType", "General");
    final String attendeePassword = text("load.attendeePassword", "load-attendee-pass");

    /** Whether Hallway runs on PostgreSQL behind the balancer (several nodes, or one as their baseline). */
    boolean clustered() {
        return nodes > 1 || database.equals("postgresql");
    }

    boolean direct() {
        return route.equals("direct");
    }

    private static List<Integer> steps() {
        String value = System.getProperty("load.steps");
        if (value != null && value.isBlank()) {
            return List.of(); // -Dload.steps= (Maven passes an empty property as set)
        }
        return Arrays.stream(text("load.steps", "100,500,1000,2000,5000").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).filter(n -> n > 0).toList();
    }

    private static Map<String, Path> startupWars() {
        var wars = new LinkedHashMap<String, Path>();
        for (String entry : text("load.startupWars", "").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("load.startupWars: expected label=path, got " + entry);
            }
            wars.put(entry.substring(0, eq).trim(), Path.of(entry.substring(eq + 1).trim()));
        }
        return wars;
    }

    /** The mean time from one ready to the next, without waiting for a partner. */
    long meanCycleMillis() {
        return (dwellMinMillis + dwellMaxMillis) / 2 + thinkMaxMillis / 2;
    }

    String attendeeEmail(int i) {
        return String.format("load-%05d@load.hallway.test", i);
    }

    int maxAttendees() {
        return (chat ? chatSteps : steps).stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static String text(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.trim();
    }

    private static List<Integer> ports(String key, String fallback) {
        return Arrays.stream(text(key, fallback).split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .map(Integer::parseInt).toList();
    }

    private static int integer(String key, int fallback) {
        return Integer.parseInt(text(key, Integer.toString(fallback)));
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Set -D" + key);
        }
        return value;
    }
}
