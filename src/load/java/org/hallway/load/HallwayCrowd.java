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
    private final List<SimulatedAttendee> attendees = new ArrayList<>();
    private final Map<Long, SimulatedAttendee> byAccount = new ConcurrentHashMap<>();
    private final List<HttpClient> socketClients = new ArrayList<>();
    private final ExecutorService socketExecutor;
    private final ScheduledExecutorService timers;
    private final AtomicReference<Metrics> metrics = new AtomicReference<>(new Metrics());
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final Map<String, Long> setupErrors = new ConcurrentHashMap<>();
    private final URI socketUri;
    private volatile boolean running;
    private volatile boolean burst;
    private ScheduledFuture<?> sweeper;

    HallwayCrowd(LoadSettings settings, Logins logins, long sessionId) {
        this.settings = settings;
        this.logins = logins;
        this.socketUri = URI.create("ws://localhost:" + settings.hallwayPort + "/ws/networking/" + sessionId);
        this.socketExecutor = Executors.newFixedThreadPool(settings.clientThreads, daemon("ws"));
        for (int i = 0; i < settings.socketClients; i++) {
            socketClients.add(HttpClient.newBuilder().executor(socketExecutor).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build());
        }
        this.timers = Executors.newScheduledThreadPool(2, daemon("timer"));
    }

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
            added.add(new SimulatedAttendee(this, i, settings.attendeeEmail(i)));
        }
        long start = System.nanoTime();
        Logins.Result result = logins.loginAll(added.stream().map(a -> a.email).toList(), settings.loginsPerSecond,
                settings.loginConcurrency);
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
        return LoadSocket.open(http, socketUri, Map.of("Cookie", a.cookie), a)
                .thenCompose(socket -> {
                    a.attach(socket);
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
        if (burst) {
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
        attendees.forEach(SimulatedAttendee::close);
        Thread.sleep(2000);
        timers.shutdownNow();
        socketExecutor.shutdownNow();
    }
}
