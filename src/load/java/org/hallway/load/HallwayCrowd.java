package org.hallway.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated attendees of one Hallway run: logs them in (steadily, PBKDF2 is costly), opens
 * their sockets, lets them cycle through meetings for a while and collects what they see.
 * Attendees stay logged in and connected from one step to the next; each step adds the missing ones.
 */
final class HallwayCrowd implements AutoCloseable {

    private final LoadSettings settings;
    private final Logins logins;
    private final List<SimulatedAttendee> attendees = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<Long, SimulatedAttendee> byAccount = new ConcurrentHashMap<>();
    private final List<HttpClient> socketClients = new ArrayList<>();
    private final ExecutorService socketExecutor;
    private final ScheduledExecutorService timers;
    private final AtomicReference<Metrics> metrics = new AtomicReference<>(new Metrics());
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final Map<String, Long> setupErrors = new ConcurrentHashMap<>();
    private final List<URI> socketUris;
    private final boolean direct;
    private final ExecutorService relogins;
    private final java.util.concurrent.atomic.LongAdder reloggedIn = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder gaveUp = new java.util.concurrent.atomic.LongAdder();
    private volatile boolean running;
    private volatile boolean burst;
    private volatile boolean frozen;
    private volatile boolean reconnecting;
    private volatile FailoverTally tally;
    private ScheduledFuture<?> sweeper;

    HallwayCrowd(LoadSettings settings, Logins logins, long sessionId) {
        this(settings, logins, sessionId, List.of(settings.hallwayPort), false);
    }

    /**
     * A crowd reaching Hallway through {@code ports}: one (the server, or the balancer in front of
     * the nodes), or with {@code direct} one per node, attendee i on node i mod N.
     */
    HallwayCrowd(LoadSettings settings, Logins logins, long sessionId, List<Integer> ports, boolean direct) {
        this.settings = settings;
        this.logins = logins;
        this.direct = direct;
        this.socketUris = ports.stream().map(p -> URI.create("ws://localhost:" + p + "/ws/networking/" + sessionId)).toList();
        this.relogins = Executors.newFixedThreadPool(2, daemon("relogin"));
        this.socketExecutor = Executors.newFixedThreadPool(settings.clientThreads, daemon("ws"));
        for (int i = 0; i < settings.socketClients; i++) {
            socketClients.add(HttpClient.newBuilder().executor(socketExecutor).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build());
        }
        this.timers = Executors.newScheduledThreadPool(2, daemon("timer"));
        // As the browser does (connection.js: a ping every 20 s), so the server's silent-socket limit
        // (hallway.ws.silent-seconds) never closes a live attendee waiting between steps; a twentieth
        // of the attendees each second, so the pings are spread evenly.
        timers.scheduleAtFixedRate(new Runnable() {
            private long second;

            @Override
            public void run() {
                long slot = second++ % PING_EVERY_SECONDS;
                for (int i = (int) slot; i < attendees.size(); i += PING_EVERY_SECONDS) {
                    attendees.get(i).ping();
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** The browser's keep-alive period (realtime/connection.js). */
    static final int PING_EVERY_SECONDS = 20;

    static java.util.concurrent.ThreadFactory daemon(String name) {
        var counter = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "load-" + name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    int size() {
        return attendees.size();
    }

    /** What a ramp did: how many, how long, how many failed. */
    record Ramp(int added, double seconds, int failures, double loginP50Millis, double loginP99Millis) {
    }

    /** Logs in attendees until there are {@code n}, at the configured pace. */
    Ramp loginUpTo(int n) throws InterruptedException {
        int from = attendees.size();
        List<SimulatedAttendee> added = new ArrayList<>();
        for (int i = from; i < n; i++) {
            var a = new SimulatedAttendee(this, i, settings.attendeeEmail(i));
            a.route = i % socketUris.size();
            added.add(a);
        }
        long start = System.nanoTime();
        Logins.Result result = logins.loginAll(added.stream().map(a -> a.email).toList(), slot -> added.get(slot).route,
                settings.loginsPerSecond, settings.loginConcurrency);
        for (int i = 0; i < added.size(); i++) {
            added.get(i).cookie = result.cookies().get(i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        attendees.addAll(added);
        return new Ramp(added.size(), seconds, result.failures(), result.p50Millis(), result.p99Millis());
    }

    /** Opens the sockets of attendees that have none, a bounded number at a time; waits for their welcome. */
    Ramp connectAll() throws InterruptedException {
        long start = System.nanoTime();
        Semaphore inFlight = new Semaphore(settings.connectConcurrency);
        List<CompletableFuture<Void>> opened = new ArrayList<>();
        int added = 0;
        var latencies = new org.HdrHistogram.Histogram(3);
        for (SimulatedAttendee a : attendees) {
            if (a.isOpen() || a.cookie == null) {
                continue;
            }
            added++;
            inFlight.acquire();
            long t0 = System.nanoTime();
            HttpClient http = socketClients.get(a.index % socketClients.size());
            CompletableFuture<Void> welcome = open(a, http, settings.connectAttempts)
                    .orTimeout(120, TimeUnit.SECONDS)
                    .whenComplete((v, e) -> {
                        inFlight.release();
                        if (e == null) {
                            synchronized (latencies) {
                                latencies.recordValue((System.nanoTime() - t0) / 1000);
                            }
                            byAccount.put(a.accountId, a);
                        } else {
                            setupErrors.merge("connect failed: " + why(e), 1L, Long::sum);
                            firstError("connect of " + a.email + " failed: " + why(e));
                        }
                    });
            opened.add(welcome);
        }
        int failures = 0;
        for (var f : opened) {
            try {
                f.join();
            } catch (RuntimeException e) {
                failures++;
            }
        }
        return new Ramp(added, (System.nanoTime() - start) / 1e9, failures,
                Metrics.millis(latencies, 50), Metrics.millis(latencies, 99));
    }

    /**
     * Opens a socket and waits for its welcome; a refused handshake is tried again (a browser's
     * networking tab reconnects too), each refusal counted in {@link #setupErrors()}.
     */
    private CompletableFuture<Void> open(SimulatedAttendee a, HttpClient http, int attempts) {
        CompletableFuture<Void> welcome = a.expectWelcome();
        return LoadSocket.open(http, socketUris.get(a.route), Map.of("Cookie", a.cookie), a)
                .thenCompose(socket -> {
                    a.attach(socket);
                    a.opened();
                    return welcome;
                })
                .handle((v, e) -> {
                    if (e == null) {
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    if (attempts <= 1 || !(unwrap(e) instanceof java.net.http.WebSocketHandshakeException)) {
                        return CompletableFuture.<Void>failedFuture(e);
                    }
                    setupErrors.merge("handshake refused, retried: " + why(e), 1L, Long::sum);
                    return CompletableFuture.runAsync(() -> { },
                                    CompletableFuture.delayedExecutor(250, TimeUnit.MILLISECONDS))
                            .thenCompose(x -> open(a, http, attempts - 1));
                })
                .thenCompose(f -> f);
    }

    static Throwable unwrap(Throwable e) {
        while ((e instanceof java.util.concurrent.CompletionException
                || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** A short reason: the HTTP status of a refused handshake, else the exception's class. */
    static String why(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof java.net.http.WebSocketHandshakeException h) {
            String check = h.getResponse().headers().firstValue("X-Hallway-Refusal").orElse("");
            return "HTTP " + h.getResponse().statusCode() + (check.isEmpty() ? "" : " (" + check + ")");
        }
        return e.getClass().getSimpleName();
    }

    /** With a direct route, the node an attendee's route leads to (node1, node2, ...); null through the balancer. */
    String routeNode(int route) {
        return direct ? HallwayNodes.nodeName(route) : null;
    }

    /** The close code of a socket whose session's floor moved to another node (docs/protocol.md). */
    static final int MOVED = 1012;

    /**
     * Mirrors the browser (realtime/connection.js and reconnect.js): after a drop, the next try in
     * 1 s, then 2 s, 4 s, ... up to 30 s, each ±20 %; a refused handshake whose login is gone (the
     * node that held it died) logs in again, as the attendee would after "Your login has expired".
     * A direct route moves on to the next node after a failed try (a balancer does that itself).
     */
    void reconnect(SimulatedAttendee a, int attempt) {
        if (attempt >= 8) {
            gaveUp.increment();
            firstError("gave up reconnecting " + a.email + " after " + attempt + " tries");
            return;
        }
        reconnectIn(a, backoffMillis(attempt, ThreadLocalRandom.current().nextDouble()));
    }

    /** After a 1012 (the floor moved): as reconnect.js's movedDelay, 0 to 500 ms, the back-off still at its start. */
    void reconnectMoved(SimulatedAttendee a) {
        reconnectIn(a, movedMillis(ThreadLocalRandom.current().nextDouble()));
    }

    private void reconnectIn(SimulatedAttendee a, long delayMillis) {
        timers.schedule(() -> {
            if (!reconnecting) {
                return;
            }
            HttpClient http = socketClients.get(a.index % socketClients.size());
            a.expectWelcome();
            LoadSocket.open(http, socketUris.get(a.route), Map.of("Cookie", a.cookie), a).whenComplete((socket, e) -> {
                if (e == null) {
                    a.attach(socket); // a drop from now on comes back through the attendee's closed()
                    a.opened(); // as connection.js's onopen: the next drop starts the back-off at 1 s again
                    return;
                }
                metrics().error("reconnect refused: " + why(e));
                boolean answered = unwrap(e) instanceof java.net.http.WebSocketHandshakeException;
                if (direct && !answered) {
                    a.route = (a.route + 1) % socketUris.size(); // that node is gone: the next one
                }
                if (answered && loginGone(((java.net.http.WebSocketHandshakeException) unwrap(e)).getResponse().statusCode())) {
                    relogins.execute(() -> {
                        try {
                            a.cookie = logins.loginVia(a.route, a.email);
                            reloggedIn.increment();
                        } catch (java.io.IOException | RuntimeException failure) {
                            firstError("login again of " + a.email + " failed: " + failure);
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        reconnect(a, a.nextAttempt());
                    });
                } else {
                    reconnect(a, a.nextAttempt());
                }
            });
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** reconnect.js's movedDelay: {@code random} in [0, 1) of 500 ms. */
    static long movedMillis(double random) {
        return Math.round(500 * random);
    }

    /** The browser's back-off (reconnect.js backoffDelay): 1 s doubling to 30 s, ±20 %; {@code random} in [0, 1). */
    static long backoffMillis(int attempt, double random) {
        double base = Math.min(30_000, 1000 * Math.pow(2, Math.min(Math.max(attempt, 0), 16)));
        return Math.round(base * (1 - 0.2 + 2 * 0.2 * random));
    }

    /** A handshake refused for want of a login: redirected to the login page, or 401. */
    static boolean loginGone(int status) {
        return status == 401 || (status >= 300 && status < 400);
    }

    boolean reconnecting() {
        return reconnecting;
    }

    /**
     * The failover's start: cycling stops (the ready leave the pool, nobody leaves a meeting),
     * dropped sockets reconnect from now on.
     */
    void freeze() {
        running = false;
        frozen = true;
        reconnecting = true;
        if (sweeper != null) {
            sweeper.cancel(false);
        }
        for (SimulatedAttendee a : attendees) {
            a.stay();
            if (a.state() == SimulatedAttendee.State.READY) {
                a.stop();
            }
        }
    }

    /** Who is in which meeting now, by account. */
    Map<Long, FailoverTally.Seat> seats() {
        Map<Long, FailoverTally.Seat> seats = new java.util.HashMap<>();
        for (SimulatedAttendee a : attendees) {
            FailoverTally.Seat seat = a.seat();
            if (seat != null) {
                seats.put(a.accountId, seat);
            }
        }
        return seats;
    }

    /** From now on the attendees' resumes go to {@code tally}. */
    void tally(FailoverTally tally) {
        this.tally = tally;
    }

    void resumed(long accountId, long meetingId, String endsAt, long atNanos) {
        FailoverTally t = tally;
        if (t != null) {
            t.resumed(accountId, meetingId, endsAt, atNanos);
        }
    }

    /** The failover's end: no more reconnecting; cycling may start again. */
    void thaw() {
        frozen = false;
        reconnecting = false;
        tally = null;
    }

    /** Logins again after a failover (their login died with a node), and reconnects abandoned, so far. */
    long reloggedIn() {
        return reloggedIn.sum();
    }

    long gaveUp() {
        return gaveUp.sum();
    }

    /** What went wrong while logging in and connecting (outside the measured windows), by kind. */
    Map<String, Long> setupErrors() {
        return new java.util.TreeMap<>(setupErrors);
    }

    /**
     * Starts every connected attendee cycling, each at a random moment within one mean cycle, so
     * the rate of meetings is steady from the start instead of arriving in waves.
     */
    void start() {
        start(settings.meanCycleMillis());
    }

    private void start(long spreadMillis) {
        running = true;
        sweeper = timers.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            Metrics m = metrics();
            for (SimulatedAttendee a : attendees) {
                a.checkTimeouts(now, m);
            }
        }, 1, 1, TimeUnit.SECONDS);
        for (SimulatedAttendee a : attendees) {
            if (a.isOpen()) {
                timers.schedule(a::start, ThreadLocalRandom.current().nextLong(spreadMillis + 1),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * The start of a real session: every connected attendee says ready within {@code withinMillis},
     * once, and stays in their meeting (as in a session's first minute) instead of cycling; the
     * partner's signals must all arrive within 5 s of the match.
     */
    void startBurst(long withinMillis) {
        burst = true;
        start(withinMillis);
    }

    /** A fresh window: what happens from now on is counted in the returned metrics. */
    Metrics newWindow() {
        var fresh = new Metrics();
        metrics.set(fresh);
        return fresh;
    }

    /** Stops cycling and waits (bounded) until every attendee is idle again. */
    int stop(Duration patience) throws InterruptedException {
        running = false;
        if (sweeper != null) {
            sweeper.cancel(false);
        }
        attendees.forEach(SimulatedAttendee::stop);
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (attendees.stream().noneMatch(a -> a.state() == SimulatedAttendee.State.MEETING
                    || a.state() == SimulatedAttendee.State.READY)) {
                break;
            }
            Thread.sleep(200);
            attendees.forEach(SimulatedAttendee::stop);
        }
        return (int) attendees.stream().filter(a -> a.state() == SimulatedAttendee.State.MEETING).count();
    }

    int connected() {
        return (int) attendees.stream().filter(SimulatedAttendee::isOpen).count();
    }

    Metrics metrics() {
        return metrics.get();
    }

    void firstError(String text) {
        firstError.compareAndSet(null, text);
    }

    String takeFirstError() {
        return firstError.getAndSet(null);
    }

    SimulatedAttendee byAccount(long accountId) {
        return byAccount.get(accountId);
    }

    boolean running() {
        return running;
    }

    ScheduledFuture<?> schedule(Runnable task, long millis) {
        return timers.schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    long dwellMillis() {
        if (burst || frozen) {
            return TimeUnit.MINUTES.toMillis(10); // stopped by the driver at the window's end
        }
        return settings.dwellMinMillis
                + ThreadLocalRandom.current().nextLong(settings.dwellMaxMillis - settings.dwellMinMillis + 1);
    }

    long thinkMillis() {
        return ThreadLocalRandom.current().nextLong(settings.thinkMaxMillis + 1);
    }

    boolean connects() {
        return ThreadLocalRandom.current().nextDouble() < settings.connectShare;
    }

    long matchTimeoutNanos() {
        return TimeUnit.SECONDS.toNanos(settings.matchTimeoutSeconds);
    }

    long signalTimeoutNanos() {
        return TimeUnit.SECONDS.toNanos(burst ? 5 : 15);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reconnecting = false;
        attendees.forEach(SimulatedAttendee::close);
        Thread.sleep(2000);
        timers.shutdownNow();
        socketExecutor.shutdownNow();
        relogins.shutdownNow();
    }
}
