package org.hallway.load;

import org.hallway.testing.PayaraProcess;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Measures Hallway under load on this machine, from one command ({@code mvn -B -Pload verify}):
 * start-up beside a hello-world WAR, then Hallway on a fresh database with N attendees imported
 * through the admin API, N simulated attendees cycling through meetings for each N of the steps,
 * the same relay load against a bare relay, and the figures written to target/load and
 * docs/performance.md. Only ever talks to localhost; stops everything it started.
 */
public final class LoadDriver {

    private final LoadSettings settings = new LoadSettings();
    private final long startedNanos = System.nanoTime();
    private final Map<String, String> machine = new LinkedHashMap<>();
    private double loginRate = 10;
    private double bareStepsAhead;
    private final List<Results.Failover> failovers = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        new LoadDriver().run();
        System.exit(0);
    }

    void log(String format, Object... args) {
        double t = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf(Locale.ROOT, "[load %6.1fs] %s%n", t, String.format(Locale.ROOT, format, args));
    }

    private void run() throws Exception {
        Files.createDirectories(settings.out);
        describeMachine();
        log("machine: %s", machine);
        Results.Startup startup = settings.startupRuns > 0 ? measureStartup() : null;
        List<StepResult> steps = measureLoad();
        if (!steps.isEmpty() || startup != null || !failovers.isEmpty()) {
            writeResults(steps, startup);
        }
        log("done in %.0f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    private Results.Startup measureStartup() throws Exception {
        Path hello = HelloWar.build(settings.out.resolve("hello"));
        List<Double> hallway = new ArrayList<>();
        Map<String, List<Double>> variants = new LinkedHashMap<>();
        settings.startupWars.keySet().forEach(label -> variants.put(label, new ArrayList<>()));
        List<Double> bare = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (int i = 1; i <= settings.startupRuns; i++) {
            hallway.add(startHallway(settings.war, "hallway-" + i, cpu.computeIfAbsent(Results.HALLWAY, k -> new ArrayList<>())));
            for (var war : settings.startupWars.entrySet()) {
                variants.get(war.getKey()).add(startHallway(war.getValue(), war.getKey() + "-" + i,
                        cpu.computeIfAbsent(war.getKey(), k -> new ArrayList<>())));
            }
            try (var server = PayaraProcess.launch(settings.microJar, hello, settings.helloPort,
                    startupRecording("hello-" + i),
                    settings.out.resolve("startup/hello-" + i + ".log"), settings.out.resolve("tmp"))) {
                bare.add(server.awaitOk("/", Duration.ofSeconds(settings.startupPatienceSeconds)));
                cpu.computeIfAbsent(Results.HELLO, k -> new ArrayList<>()).add(ServerProbe.cpuSecondsOf(server.pid()));
            }
            loads.add(ServerProbe.loadAverage());
            int round = i;
            var others = new StringBuilder();
            variants.forEach((label, seconds) -> others.append(String.format(Locale.ROOT, ", %s %.1f s",
                    label, seconds.get(round - 1))));
            log("start-up run %d: Hallway %.1f s%s, hello world %.1f s (load %.2f)", i, hallway.get(i - 1),
                    others, bare.get(i - 1), loads.get(i - 1));
            var used = new StringBuilder();
            cpu.forEach((label, seconds) -> used.append(String.format(Locale.ROOT, " %s %.1f;", label,
                    seconds.get(seconds.size() - 1))));
            log("  CPU seconds by the first 200:%s", used);
        }
        return new Results.Startup(hallway, variants, bare, loads, cpu);
    }

    /**
     * One start-up of a Hallway WAR on a fresh H2 database with the demo data; seconds to the first 200 on /
     * (the server's CPU seconds by then are added to {@code cpuSeconds}).
     */
    private double startHallway(Path war, String name, List<Double> cpuSeconds) throws Exception {
        Path db = settings.out.resolve("startup/db-" + name);
        deleteTree(db);
        List<String> options = new ArrayList<>(List.of(
                "-Dhallway.db.url=jdbc:h2:file:" + db.toAbsolutePath() + "/hallway;WRITE_DELAY=0", "-Dhallway.demo=true"));
        options.addAll(startupRecording(name));
        try (var server = PayaraProcess.launch(settings.microJar, war, settings.hallwayPort, options,
                settings.out.resolve("startup/" + name + ".log"), settings.out.resolve("tmp"))) {
            double seconds = server.awaitOk("/", Duration.ofSeconds(settings.startupPatienceSeconds));
            cpuSeconds.add(ServerProbe.cpuSecondsOf(server.pid()));
            return seconds;
        }
    }

    /** With {@code -Dload.jfr=true}: a flight recording of a start-up, dumped when the server stops. */
    private List<String> startupRecording(String name) {
        if (!settings.jfr) {
            return List.of();
        }
        return List.of("-XX:StartFlightRecording=filename=" + settings.out.resolve("startup/" + name + ".jfr").toAbsolutePath()
                + ",settings=profile,dumponexit=true");
    }

    private List<StepResult> measureLoad() throws Exception {
        if (settings.steps.isEmpty() && !settings.chat) {
            log("no load steps (-Dload.steps=0): start-up only");
            return List.of();
        }
        List<String> options = new ArrayList<>(Arrays.asList(settings.serverOptions.trim().split("[,\\s]+")));
        options.add("-Dhallway.demo=true");
        machine.put("serverOptions", String.join(" ", options.stream().filter(o -> !o.startsWith("-Dhallway")).toList()));
        machine.put("nodes", Integer.toString(settings.nodes));
        machine.put("database", settings.database);
        if (settings.clustered()) {
            machine.put("route", settings.direct() ? "direct to the nodes (attendee i on node i mod N)"
                    : "through the balancer (HAProxy, round robin)");
        }
        List<Hallway> hallwaySteps = new ArrayList<>();
        List<String> microArguments = new ArrayList<>();
        if (!settings.bootCommands.isEmpty()) {
            microArguments.add("--prebootcommandfile");
            microArguments.add(Path.of(settings.bootCommands).toAbsolutePath().toString());
            machine.put("bootCommands", Files.readString(Path.of(settings.bootCommands)).strip());
        }
        try (var nodes = HallwayNodes.start(settings, options, microArguments, this::log)) {
            List<ServerProbe> probes = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                probes.add(nodes.probe(i));
            }
            var logins = new Logins(nodes.routes(), settings.attendeePassword);
            try {
                var admin = new HallwayAdmin(settings, logins);
                long t0 = System.nanoTime();
                int created = admin.importAttendees(settings.maxAttendees());
                log("imported %d attendees through POST /api/admin/events/%s/attendees in %.1f s", created,
                        settings.eventSlug, (System.nanoTime() - t0) / 1e9);
                long sessionId = admin.networkingSession();
                log("networking session %d", sessionId);
                machine.put("importSeconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
                if (settings.chat) {
                    new ChatLoad(settings, machine, this::log).run(logins, sessionId, new ChatLoad.ProbeSource() {
                        @Override
                        public double cpuSeconds() {
                            return probes.stream().mapToDouble(ServerProbe::cpuSeconds).sum();
                        }

                        @Override
                        public double heapUsedMiB() {
                            return probes.stream().mapToDouble(ServerProbe::heapUsedMiB).sum();
                        }
                    });
                } else {
                    hallwaySteps.addAll(networkingSteps(logins, sessionId, probes, nodes));
                }
            } finally {
                logins.close();
            }
        }
        log("Hallway stopped");
        List<StepResult> results = new ArrayList<>();
        if (hallwaySteps.isEmpty()) {
            return results;
        }
        Process relay = startBareRelay();
        try {
            for (Hallway h : hallwaySteps) {
                try {
                    results.add(bareStep(h, relay.pid()));
                } catch (Exception | OutOfMemoryError e) {
                    log("bare %d failed: %s; its figures are left empty", h.n(), e);
                    results.add(withoutBare(h));
                }
            }
        } finally {
            relay.destroy();
            relay.waitFor(10, TimeUnit.SECONDS);
        }
        return results;
    }

    /** The networking load's steps (and the burst) on the running Hallway. */
    private List<Hallway> networkingSteps(Logins logins, long sessionId, List<ServerProbe> probes, HallwayNodes nodes)
            throws Exception {
        List<Hallway> hallwaySteps = new ArrayList<>();
        try (var crowd = new HallwayCrowd(settings, logins, sessionId, nodes.routes(), settings.clustered() && settings.direct())) {
            for (int n : settings.steps) {
                if (!timeFor(n, crowd.size())) {
                    log("step %d skipped: not enough time left in the %d-minute budget", n, settings.budgetMinutes);
                    machine.put("skipped", machine.getOrDefault("skipped", "") + n + " ");
                    continue;
                }
                Hallway step = hallwayStep(n, crowd, probes);
                hallwaySteps.add(step);
                if (step.logins().added() > 20) {
                    loginRate = step.logins().added() / step.logins().seconds();
                }
                bareStepsAhead += settings.bareSeconds + settings.warmupSeconds + 5 + n / 500.0;
            }
            if (settings.burstSeconds > 0) {
                burstStep(crowd, probes.get(0));
            }
            if (settings.failover) {
                if (nodes.size() < 2) {
                    log("failover skipped: it needs -Dload.nodes=2 or more");
                } else {
                    for (int run = 1; run <= settings.failoverRuns; run++) {
                        failovers.add(failover(run, crowd, nodes, sessionId));
                        if (run < settings.failoverRuns) {
                            nodes.restart(failovers.get(failovers.size() - 1).killed());
                        }
                    }
                }
            }
        }
        return hallwaySteps;
    }

    /**
     * One failover: meetings run for a while, then cycling stops (nobody leaves, the ready leave
     * the pool), the running meetings are noted and the node holding the session's floor lease is
     * killed (SIGKILL). Every dropped socket reconnects as a browser does; the failover is over when
     * every attendee of those meetings got {@code matched} with {@code resumed: true} (or the
     * patience ran out). Target: all resumed within 10 s, their ends unchanged, nobody lost.
     */
    private Results.Failover failover(int run, HallwayCrowd crowd, HallwayNodes nodes, long sessionId) throws Exception {
        log("failover %d: %d attendees cycling for %d s before the kill (load %.2f)", run, crowd.connected(),
                settings.failoverWarmupSeconds, ServerProbe.loadAverage());
        HallwayCrowd.Ramp reopened = crowd.connectAll(); // those a previous failover left without a socket
        if (reopened.added() > 0) {
            log("  reopened %d sockets in %.1f s, failures %d", reopened.added(), reopened.seconds(), reopened.failures());
        }
        crowd.start();
        Thread.sleep(TimeUnit.SECONDS.toMillis(settings.failoverWarmupSeconds));
        crowd.freeze();
        Thread.sleep(2000); // matches already on their way arrive
        Map<Long, FailoverTally.Seat> seats = crowd.seats();
        int owner = nodes.ownerOf(sessionId);
        if (owner < 0) {
            throw new IllegalStateException("No node of ours holds networking session " + sessionId + "'s lease");
        }
        Metrics m = crowd.newWindow();
        long relogins0 = crowd.reloggedIn();
        long gaveUp0 = crowd.gaveUp();
        long killed = System.nanoTime();
        var tally = new FailoverTally(killed, seats);
        crowd.tally(tally);
        nodes.kill(owner);
        log("  killed node%d (the floor's owner, pid %d) with %d attendees in %d meetings", owner + 1,
                nodes.pid(owner), seats.size(), seats.values().stream().map(FailoverTally.Seat::meetingId).distinct().count());
        long deadline = killed + TimeUnit.SECONDS.toNanos(settings.failoverPatienceSeconds);
        long lastLog = killed;
        while (!tally.settled() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(5)) {
                lastLog = System.nanoTime();
                log("  %.0f s after the kill: %d attendees still to resume", (lastLog - killed) / 1e9, tally.waiting());
            }
        }
        FailoverTally.Outcome outcome = tally.outcome();
        int takenBy = nodes.ownerOf(sessionId);
        double load = ServerProbe.loadAverage();
        var result = new Results.Failover(run, owner, takenBy, outcome, crowd.reloggedIn() - relogins0,
                crowd.gaveUp() - gaveUp0, new TreeMap<>(m.errors()), load);
        log("  failover %d: node%d killed, lease now with %s; %d of %d meetings resumed, all within %.1f s "
                        + "(median meeting %.1f s), attendees lost %d of %d, logged in again %d, errors %s, load %.2f",
                run, owner + 1, takenBy < 0 ? "nobody of ours" : "node" + (takenBy + 1), outcome.meetingsResumed(),
                outcome.meetings(), outcome.allResumedSeconds(), outcome.medianMeetingSeconds(), outcome.lost(),
                outcome.attendees(), result.relogins(), m.errors(), load);
        crowd.thaw();
        int stuck = crowd.stop(Duration.ofSeconds(15));
        if (stuck > 0) {
            log("  %d still in meetings after stopping", stuck);
        }
        report(crowd.takeFirstError());
        return result;
    }

    /** The Hallway half of a step, waiting for its bare half. */
    private record Hallway(int n, int connected, HallwayCrowd.Ramp logins, HallwayCrowd.Ramp sockets, double seconds,
                           long meetings, Histogram ready, Histogram pairing, Histogram relay, long relayed,
                           Map<String, Long> errors, Map<String, Long> setupErrors, double heapUsed, double heapLive, double rss, double serverCores,
                           double driverCores, double load, Histogram relaySame, Histogram relayCross,
                           List<Double> nodeCores, List<Double> nodeHeap) {
    }

    private Hallway hallwayStep(int n, HallwayCrowd crowd, List<ServerProbe> probes) throws Exception {
        log("step %d: logging in %d more attendees (load %.2f)", n, Math.max(0, n - crowd.size()), ServerProbe.loadAverage());
        HallwayCrowd.Ramp logins = crowd.loginUpTo(n);
        log("  logins: %d in %.1f s (%.1f/s), failures %d, p50 %.0f ms, p99 %.0f ms", logins.added(), logins.seconds(),
                logins.added() / Math.max(0.001, logins.seconds()), logins.failures(), logins.loginP50Millis(),
                logins.loginP99Millis());
        HallwayCrowd.Ramp sockets = crowd.connectAll();
        log("  sockets: %d opened in %.1f s, failures %d, handshake+welcome p50 %.0f ms, p99 %.0f ms; setup errors so far %s",
                sockets.added(), sockets.seconds(), sockets.failures(), sockets.loginP50Millis(), sockets.loginP99Millis(),
                crowd.setupErrors());
        report(crowd.takeFirstError());
        crowd.start();
        Thread.sleep(TimeUnit.SECONDS.toMillis(settings.warmupSeconds));
        Metrics m = crowd.newWindow();
        double[] server0 = probes.stream().mapToDouble(ServerProbe::cpuSeconds).toArray();
        double driver0 = ServerProbe.cpuSecondsOf(ProcessHandle.current().pid());
        long t0 = System.nanoTime();
        double[] heaps = new double[probes.size()];
        long end = t0 + TimeUnit.SECONDS.toNanos(settings.measureSeconds);
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(10_000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
            for (int i = 0; i < probes.size(); i++) {
                heaps[i] = Math.max(heaps[i], probes.get(i).heapUsedMiB());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Histogram ready = m.readyToMatched.getIntervalHistogram();
        Histogram pairing = m.pairingService.getIntervalHistogram();
        Histogram relay = m.relay.getIntervalHistogram();
        Histogram relaySame = m.relaySameNode.getIntervalHistogram();
        Histogram relayCross = m.relayCrossNode.getIntervalHistogram();
        List<Double> nodeCores = new ArrayList<>();
        List<Double> nodeHeap = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            nodeCores.add((probes.get(i).cpuSeconds() - server0[i]) / seconds);
            nodeHeap.add(heaps[i]);
        }
        double serverCores = nodeCores.stream().mapToDouble(Double::doubleValue).sum();
        double heap = nodeHeap.stream().mapToDouble(Double::doubleValue).sum();
        double driverCores = (ServerProbe.cpuSecondsOf(ProcessHandle.current().pid()) - driver0) / seconds;
        double load = ServerProbe.loadAverage();
        int connected = crowd.connected();
        Map<String, Long> errors = m.errors();
        double rss = probes.stream().mapToDouble(ServerProbe::rssMiB).sum();
        int stuck = crowd.stop(Duration.ofSeconds(15));
        report(crowd.takeFirstError());
        double live = probes.stream().mapToDouble(ServerProbe::liveHeapMiB).sum();
        var result = new Hallway(n, connected, logins, sockets, seconds, m.meetings.sum(), ready, pairing, relay,
                m.relayed.sum(), errors, crowd.setupErrors(), heap, live, rss, serverCores, driverCores, load,
                relaySame, relayCross, nodeCores, nodeHeap);
        log("  %d connected, %.1f meetings/s, ready→matched p50/p95/p99 %.1f/%.1f/%.1f ms (pairing p99 %.1f ms), "
                        + "relay p50/p99 %.2f/%.2f ms, %d relayed/s, errors %s, heap %.0f MiB (live %.0f), RSS %.0f MiB, "
                        + "server %.2f cores, driver %.2f cores, load %.2f%s",
                connected, result.meetings / seconds, Metrics.millis(ready, 50), Metrics.millis(ready, 95),
                Metrics.millis(ready, 99), Metrics.millis(pairing, 99), Metrics.millis(relay, 50),
                Metrics.millis(relay, 99), (long) (result.relayed / seconds), errors, heap, live, rss, serverCores,
                driverCores, load, stuck > 0 ? ", " + stuck + " still in meetings after stopping" : "");
        if (probes.size() > 1 || relaySame.getTotalCount() + relayCross.getTotalCount() > 0) {
            log("  relay same node p50/p99 %.2f/%.2f ms (%d), across nodes p50/p99 %.2f/%.2f ms (%d), unclassified %d; "
                            + "per node CPU %s cores, heap peak %s MiB",
                    Metrics.millis(relaySame, 50), Metrics.millis(relaySame, 99), relaySame.getTotalCount(),
                    Metrics.millis(relayCross, 50), Metrics.millis(relayCross, 99), relayCross.getTotalCount(),
                    Math.max(0, relay.getTotalCount() - relaySame.getTotalCount() - relayCross.getTotalCount()),
                    nodeCores.stream().map(c -> String.format(Locale.ROOT, "%.2f", c)).toList(),
                    nodeHeap.stream().map(h -> String.format(Locale.ROOT, "%.0f", h)).toList());
        }
        return result;
    }

    /**
     * The real worst case: everyone connected clicks "I'm Ready" within {@code load.burstSeconds}
     * as the session opens. Targets: each pair matched within 1 s of its second ready, every
     * meeting's signals relayed within 5 s, no meeting ending as media-failed.
     */
    private void burstStep(HallwayCrowd crowd, ServerProbe probe) throws Exception {
        log("burst: %d attendees send ready within %d s (load %.2f)", crowd.connected(), settings.burstSeconds,
                ServerProbe.loadAverage());
        Metrics m = crowd.newWindow();
        double server0 = probe.cpuSeconds();
        long t0 = System.nanoTime();
        crowd.startBurst(TimeUnit.SECONDS.toMillis(settings.burstSeconds));
        Thread.sleep(TimeUnit.SECONDS.toMillis(settings.burstWindowSeconds));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Histogram pairing = m.pairingService.getIntervalHistogram();
        Histogram ready = m.readyToMatched.getIntervalHistogram();
        Histogram relay = m.relay.getIntervalHistogram();
        double serverCores = (probe.cpuSeconds() - server0) / seconds;
        Map<String, Long> errors = m.errors();
        int stuck = crowd.stop(Duration.ofSeconds(15));
        report(crowd.takeFirstError());
        log("  burst: %d meetings, matched after the second ready p50/p99/max %.1f/%.1f/%.1f ms, ready→matched p99 %.1f ms, "
                        + "relay p50/p99 %.2f/%.2f ms, %d relayed, server %.2f cores over %.0f s, errors %s "
                        + "(signals late = 'timeout: partner's signals incomplete after 5 s'), load %.2f%s",
                m.meetings.sum(), Metrics.millis(pairing, 50), Metrics.millis(pairing, 99),
                pairing.getMaxValue() / 1000.0, Metrics.millis(ready, 99), Metrics.millis(relay, 50),
                Metrics.millis(relay, 99), m.relayed.sum(), serverCores, seconds, errors, ServerProbe.loadAverage(),
                stuck > 0 ? ", " + stuck + " still in meetings after stopping" : "");
    }

    private StepResult bareStep(Hallway h, long relayPid) throws Exception {
        try (var bare = new BareCrowd(settings)) {
            double connectSeconds = bare.connect(h.n());
            bare.start();
            Thread.sleep(TimeUnit.SECONDS.toMillis(settings.warmupSeconds));
            Metrics m = bare.newWindow();
            double cpu0 = ServerProbe.cpuSecondsOf(relayPid);
            long t0 = System.nanoTime();
            Thread.sleep(TimeUnit.SECONDS.toMillis(settings.bareSeconds));
            double seconds = (System.nanoTime() - t0) / 1e9;
            Histogram relay = m.relay.getIntervalHistogram();
            double cores = (ServerProbe.cpuSecondsOf(relayPid) - cpu0) / seconds;
            log("bare %d: %d connected in %.1f s, relay p50/p99 %.2f/%.2f ms, %d relayed/s, errors %s, relay %.2f cores",
                    h.n(), bare.connected(), connectSeconds, Metrics.millis(relay, 50), Metrics.millis(relay, 99),
                    (long) (m.relayed.sum() / seconds), m.errors(), cores);
            // Server CPU per relayed message: Hallway's whole server (matching included) against the bare relay.
            log("cpu per relayed message at %d: Hallway %.0f µs, bare %.0f µs (%.1f×)", h.n(),
                    1e6 * h.serverCores() / Math.max(1e-9, h.relayed() / h.seconds()),
                    1e6 * cores / Math.max(1e-9, m.relayed.sum() / seconds),
                    (h.serverCores() / Math.max(1e-9, h.relayed() / h.seconds()))
                            / Math.max(1e-12, cores / Math.max(1e-9, m.relayed.sum() / seconds)));
            Map<String, Long> errors = new TreeMap<>(h.errors());
            long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
            return new StepResult(h.n(), h.connected(), h.logins().seconds(), h.logins().added(),
                    h.logins().loginP50Millis(), h.sockets().seconds(), h.seconds(), h.meetings() / h.seconds(),
                    Metrics.millis(h.ready(), 50), Metrics.millis(h.ready(), 95), Metrics.millis(h.ready(), 99),
                    Metrics.millis(h.pairing(), 50), Metrics.millis(h.pairing(), 95), Metrics.millis(h.pairing(), 99),
                    Metrics.millis(h.relay(), 50), Metrics.millis(h.relay(), 99), h.relayed() / h.seconds(),
                    Metrics.millis(relay, 50), Metrics.millis(relay, 99), m.relayed.sum() / seconds,
                    errorCount, errors, h.setupErrors(), h.heapUsed(), h.heapLive(), h.rss(), h.serverCores(), cores, h.driverCores(),
                    h.load(), nodeFigures(h));
        }
    }

    private StepResult withoutBare(Hallway h) {
        long errorCount = h.errors().values().stream().mapToLong(Long::longValue).sum();
        return new StepResult(h.n(), h.connected(), h.logins().seconds(), h.logins().added(),
                h.logins().loginP50Millis(), h.sockets().seconds(), h.seconds(), h.meetings() / h.seconds(),
                Metrics.millis(h.ready(), 50), Metrics.millis(h.ready(), 95), Metrics.millis(h.ready(), 99),
                Metrics.millis(h.pairing(), 50), Metrics.millis(h.pairing(), 95), Metrics.millis(h.pairing(), 99),
                Metrics.millis(h.relay(), 50), Metrics.millis(h.relay(), 99), h.relayed() / h.seconds(),
                Double.NaN, Double.NaN, Double.NaN, errorCount, new TreeMap<>(h.errors()), h.setupErrors(),
                h.heapUsed(), h.heapLive(), h.rss(), h.serverCores(), Double.NaN, h.driverCores(), h.load(),
                nodeFigures(h));
    }

    private StepResult.Nodes nodeFigures(Hallway h) {
        return new StepResult.Nodes(settings.nodes, settings.database, h.nodeCores(), h.nodeHeap(),
                Metrics.millis(h.relaySame(), 50), Metrics.millis(h.relaySame(), 99), h.relaySame().getTotalCount(),
                Metrics.millis(h.relayCross(), 50), Metrics.millis(h.relayCross(), 99), h.relayCross().getTotalCount());
    }

    private Process startBareRelay() throws IOException, InterruptedException {
        Process relay = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), BareRelay.class.getName(),
                Integer.toString(settings.barePort))
                .redirectErrorStream(true).redirectOutput(settings.out.resolve("bare-relay.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (var s = new Socket()) {
                s.connect(new InetSocketAddress("localhost", settings.barePort), 500);
                return relay;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        relay.destroyForcibly();
        throw new IOException("The bare relay did not start");
    }

    /**
     * Whether a step of n still fits the time budget, with the bare steps still to come. Logins are
     * the slow part (PBKDF2 on the server): estimated at the rate the previous step saw.
     */
    private boolean timeFor(int n, int loggedIn) {
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        double step = Math.max(0, n - loggedIn) / loginRate + n / 100.0 + settings.warmupSeconds
                + settings.measureSeconds + 20;
        double bare = bareStepsAhead + settings.bareSeconds + settings.warmupSeconds + 5 + n / 500.0;
        return elapsed + step + bare + 20 < settings.budgetMinutes * 60.0;
    }

    private void writeResults(List<StepResult> steps, Results.Startup startup) throws IOException {
        Files.writeString(settings.out.resolve("results.json"), Results.json(machine, steps, startup, failovers));
        Files.writeString(settings.out.resolve("results.csv"), Results.csv(steps));
        String subtitle = String.format(Locale.ROOT, "%s cores, %s, %s; load average before the run %s",
                machine.get("cores"), machine.get("memory"), machine.get("java"), machine.get("loadBefore"));
        // Runs of several nodes (and their PostgreSQL baseline) stay in target/load: docs/performance.md's
        // "Several nodes" compares several such runs and is written from their results.md by hand.
        Path png = settings.writeDocs && !settings.clustered() ? settings.docs.resolve("images/load-latency.png")
                : settings.out.resolve("load-latency.png");
        if (!steps.isEmpty()) {
            LatencyPlot.write(steps, subtitle, png);
        }
        String table = settings.clustered() ? Results.nodesTable(steps, failovers, machine)
                : steps.isEmpty() ? "" : Results.loadTable(steps, machine);
        Files.writeString(settings.out.resolve("results.md"), table
                + (startup == null ? "" : "\n" + Results.startupTable(startup)));
        System.out.println(table);
        if (startup != null) {
            System.out.println(Results.startupTable(startup));
        }
        if (settings.writeDocs && !settings.clustered()) {
            Path doc = settings.docs.resolve("performance.md");
            if (!steps.isEmpty()) {
                Results.intoDocument(doc, Results.LOAD_BEGIN, Results.LOAD_END, "## Load (WebSocket, one node)", table);
            }
            if (startup != null) {
                Results.intoDocument(doc, Results.STARTUP_BEGIN, Results.STARTUP_END, "## Start-up",
                        Results.startupTable(startup));
            }
            log("wrote %s and %s", doc, png);
        }
    }

    private void describeMachine() {
        machine.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 16));
        machine.put("commit", command("git", "rev-parse", "--short", "HEAD"));
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("cpu", firstLine("/proc/cpuinfo", "model name").replaceFirst(".*:\\s*", ""));
        String mem = firstLine("/proc/meminfo", "MemTotal").replaceAll("\\D", "");
        machine.put("memory", mem.isEmpty() ? "?" : String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(mem) / 1048576.0));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("loadBefore", String.format(Locale.ROOT, "%.2f", ServerProbe.loadAverage()));
        if (settings.chat) {
            return; // the chat load describes its own pattern (ChatLoad)
        }
        machine.put("steps", settings.steps.toString());
        machine.put("offerBytes", Integer.toString(SignalPayloads.offerBytes()));
        machine.put("pattern", String.format(Locale.ROOT, "dwell %d–%d s, think 0–%d s, connect %.0f%%, warm-up %d s, "
                        + "window %d s (bare %d s)", settings.dwellMinMillis / 1000, settings.dwellMaxMillis / 1000,
                settings.thinkMaxMillis / 1000, settings.connectShare * 100, settings.warmupSeconds,
                settings.measureSeconds, settings.bareSeconds));
    }

    private static String firstLine(String file, String prefix) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private void report(String firstError) {
        if (firstError != null) {
            log("  first error: %s", firstError);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
