package org.hallway.load;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The chat load (docs/performance.md "Chat fan-out"): attendees on the event socket
 * ({@code /ws/events/{slug}}), all following one session's chat channel; random members post
 * {@code chat-post} at a total rate, each text carrying the sender's {@link System#nanoTime()}
 * (one JVM: every receiver reads the same clock), and every member records when each
 * {@code chat-message} reaches it. A message's fan-out is complete when every member that followed
 * the channel when it was sent has it.
 */
final class ChatRoom implements AutoCloseable {

    /** The marker the driver's texts start with: {@code load#<seq>#<nanoTime>#}. */
    private static final String MARK = "load#";

    private final LoadSettings settings;
    private final Logins logins;
    private final URI socketUri;
    private final String channel;
    private final List<Member> members = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<HttpClient> clients = new ArrayList<>();
    private final ExecutorService socketExecutor;
    private final ScheduledExecutorService timers;
    private final AtomicReference<Window> window = new AtomicReference<>(new Window(0));
    private final Map<Long, Fanout> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Long> setupErrors = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final AtomicInteger followers = new AtomicInteger();
    /** Posts sent and not answered yet ({@code chat-posted} or {@code error}). */
    private final AtomicInteger unanswered = new AtomicInteger();
    private volatile int active;
    private ScheduledFuture<?> sender;

    ChatRoom(LoadSettings settings, Logins logins, long sessionId) {
        this.settings = settings;
        this.logins = logins;
        this.socketUri = URI.create("ws://localhost:" + settings.hallwayPort + "/ws/events/" + settings.eventSlug);
        this.channel = "session:" + sessionId;
        this.socketExecutor = Executors.newFixedThreadPool(settings.clientThreads, HallwayCrowd.daemon("chat-ws"));
        for (int i = 0; i < settings.socketClients; i++) {
            clients.add(HttpClient.newBuilder().executor(socketExecutor).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build());
        }
        this.timers = Executors.newScheduledThreadPool(1, HallwayCrowd.daemon("chat-timer"));
        // The browser's keep-alive (see HallwayCrowd): a twentieth of the members each second.
        timers.scheduleAtFixedRate(new Runnable() {
            private long second;

            @Override
            public void run() {
                long slot = second++ % HallwayCrowd.PING_EVERY_SECONDS;
                for (int i = (int) slot; i < members.size(); i += HallwayCrowd.PING_EVERY_SECONDS) {
                    LoadSocket s = members.get(i).socket;
                    if (s != null && s.isOpen()) {
                        s.send(SimulatedAttendee.PING);
                    }
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** What one measured window saw; latencies in microseconds. */
    static final class Window {
        final double rate;
        /** Per message: send to its arrival at the last of the members that followed the channel. */
        final Recorder fanout = new Recorder(TimeUnit.MINUTES.toMicros(10), 3);
        /** Per delivery: send to arrival at one member. */
        final Recorder delivery = new Recorder(TimeUnit.MINUTES.toMicros(10), 3);
        final LongAdder sent = new LongAdder();
        final LongAdder posted = new LongAdder();
        final LongAdder deliveries = new LongAdder();
        final LongAdder skippedForLimit = new LongAdder();
        private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

        Window(double rate) {
            this.rate = rate;
        }

        void error(String kind) {
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        Map<String, Long> errors() {
            Map<String, Long> copy = new TreeMap<>();
            errors.forEach((k, v) -> copy.put(k, v.sum()));
            return copy;
        }
    }

    /** One message on its way to every member: how many still have to receive it, and the slowest so far. */
    private static final class Fanout {
        final Window window;
        final long sentNanos;
        final AtomicInteger missing;
        final AtomicLong slowest = new AtomicLong();

        Fanout(Window window, long sentNanos, int receivers) {
            this.window = window;
            this.sentNanos = sentNanos;
            this.missing = new AtomicInteger(receivers);
        }
    }

    int size() {
        return members.size();
    }

    /** Logs members in until there are {@code n}, at the configured pace. */
    HallwayCrowd.Ramp loginUpTo(int n) throws InterruptedException {
        List<Member> added = new ArrayList<>();
        for (int i = members.size(); i < n; i++) {
            added.add(new Member(i, settings.attendeeEmail(i)));
        }
        long start = System.nanoTime();
        Logins.Result result = logins.loginAll(added.stream().map(m -> m.email).toList(), settings.loginsPerSecond,
                settings.loginConcurrency);
        for (int i = 0; i < added.size(); i++) {
            added.get(i).cookie = result.cookies().get(i);
        }
        members.addAll(added);
        return new HallwayCrowd.Ramp(added.size(), (System.nanoTime() - start) / 1e9, result.failures(),
                result.p50Millis(), result.p99Millis());
    }

    /**
     * Makes the first {@code n} members followers of the channel (opens and subscribes those that are
     * not) and closes the sockets of the others, so exactly the first n are in the room.
     */
    HallwayCrowd.Ramp enter(int n) throws InterruptedException {
        for (int i = n; i < members.size(); i++) {
            members.get(i).leave();
        }
        long start = System.nanoTime();
        Semaphore connecting = new Semaphore(settings.connectConcurrency);
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        var latencies = new Histogram(3);
        for (Member m : members.subList(0, Math.min(n, members.size()))) {
            if (m.following() || m.cookie == null) {
                continue;
            }
            connecting.acquire();
            long t0 = System.nanoTime();
            futures.add(m.enter(clients.get(m.index % clients.size())).orTimeout(120, TimeUnit.SECONDS)
                    .whenComplete((v, e) -> {
                        connecting.release();
                        if (e == null) {
                            synchronized (latencies) {
                                latencies.recordValue((System.nanoTime() - t0) / 1000);
                            }
                        } else {
                            setupErrors.merge("enter failed: " + HallwayCrowd.why(e), 1L, Long::sum);
                            firstError.compareAndSet(null, "enter of " + m.email + " failed: " + HallwayCrowd.why(e));
                        }
                    }));
        }
        int failures = 0;
        for (var f : futures) {
            try {
                f.join();
            } catch (RuntimeException e) {
                failures++;
            }
        }
        active = n;
        return new HallwayCrowd.Ramp(futures.size(), (System.nanoTime() - start) / 1e9, failures,
                Metrics.millis(latencies, 50), Metrics.millis(latencies, 99));
    }

    /** The members following the channel now. */
    int following() {
        return followers.get();
    }

    /**
     * Starts posting at {@code rate} messages a second (in total) into a fresh window, once the
     * server answered the previous window's posts (at most 30 s), so no backlog spills into it.
     */
    Window start(double rate) throws InterruptedException {
        stopSending();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (unanswered.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        unanswered.set(0);
        Window w = new Window(rate);
        window.set(w);
        long period = Math.max(1, (long) (1e9 / rate));
        sender = timers.scheduleAtFixedRate(this::post, 0, period, TimeUnit.NANOSECONDS);
        return w;
    }

    /** A fresh window at the same rate (after a warm-up): what happens from now on counts in it. */
    Window measure() {
        Window w = new Window(window.get().rate);
        window.set(w);
        return w;
    }

    /** Stops posting; waits (bounded) for the window's messages to reach everyone; returns those still missing someone. */
    long finish(Window w, Duration patience) throws InterruptedException {
        stopSending();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && inFlight.values().stream().anyMatch(f -> f.window == w)) {
            Thread.sleep(100);
        }
        long incomplete = inFlight.values().stream().filter(f -> f.window == w).count();
        inFlight.values().removeIf(f -> f.window == w || f.window != window.get());
        return incomplete;
    }

    private void stopSending() {
        if (sender != null) {
            sender.cancel(false);
            sender = null;
        }
    }

    /**
     * One message from a random member of the room that may still post (chat allows 5 in 5 s per
     * person and channel): a few draws, else the tick is skipped and counted.
     */
    private void post() {
        Window w = window.get();
        int n = active;
        long now = System.nanoTime();
        for (int attempt = 0; attempt < 8 && n > 0; attempt++) {
            Member m = members.get(ThreadLocalRandom.current().nextInt(n));
            if (m.following() && m.mayPost(now)) {
                int receivers = following();
                long seq = sequence.incrementAndGet();
                inFlight.put(seq, new Fanout(w, now, receivers));
                w.sent.increment();
                unanswered.incrementAndGet();
                m.socket.send("{\"type\":\"chat-post\",\"id\":\"p" + seq + "\",\"data\":{\"channel\":\"" + channel
                        + "\",\"text\":\"" + MARK + seq + '#' + now + "#\"}}");
                return;
            }
        }
        w.skippedForLimit.increment();
    }

    private void received(String text, long now) {
        int at = text.indexOf(MARK);
        if (at < 0) {
            return;
        }
        int a = at + MARK.length();
        int b = text.indexOf('#', a);
        int c = text.indexOf('#', b + 1);
        long seq = Long.parseLong(text, a, b, 10);
        long sentNanos = Long.parseLong(text, b + 1, c, 10);
        long latency = now - sentNanos;
        Fanout f = inFlight.get(seq);
        if (f == null) {
            return; // a message of a window already closed
        }
        f.window.deliveries.increment();
        Metrics.record(f.window.delivery, latency);
        f.slowest.accumulateAndGet(latency, Math::max);
        if (f.missing.decrementAndGet() == 0 && inFlight.remove(seq) != null) {
            Metrics.record(f.window.fanout, f.slowest.get());
        }
    }

    Map<String, Long> setupErrors() {
        return new TreeMap<>(setupErrors);
    }

    String takeFirstError() {
        return firstError.getAndSet(null);
    }

    @Override
    public void close() throws InterruptedException {
        stopSending();
        members.forEach(Member::leave);
        Thread.sleep(1000);
        timers.shutdownNow();
        socketExecutor.shutdownNow();
    }

    /** One attendee with one event socket, following the room's channel. */
    private final class Member implements LoadSocket.Handler {
        final int index;
        final String email;
        volatile String cookie;
        volatile LoadSocket socket;
        private final java.util.concurrent.atomic.AtomicBoolean subscribed = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile CompletableFuture<Void> entered = new CompletableFuture<>();
        /** When the last 5 posts went out (chat's per-person limit). */
        private final long[] lastPosts = new long[5];
        private int nextPost;

        Member(int index, String email) {
            this.index = index;
            this.email = email;
        }

        CompletableFuture<Void> enter(HttpClient http) {
            entered = new CompletableFuture<>();
            CompletableFuture<Void> done = entered;
            return LoadSocket.open(http, socketUri, Map.of("Cookie", cookie), this).thenCompose(s -> {
                socket = s;
                s.send("{\"type\":\"subscribe\",\"id\":\"s\",\"data\":{\"channel\":\"" + channel + "\"}}");
                return done;
            });
        }

        boolean following() {
            LoadSocket s = socket;
            return subscribed.get() && s != null && s.isOpen();
        }

        /** Whether a post now stays within 5 in 5 s (with a margin for the trip to the server); records it when so. */
        synchronized boolean mayPost(long now) {
            long oldest = lastPosts[nextPost];
            if (oldest != 0 && now - oldest < TimeUnit.MILLISECONDS.toNanos(5500)) {
                return false;
            }
            lastPosts[nextPost] = now;
            nextPost = (nextPost + 1) % lastPosts.length;
            return true;
        }

        /** Not following any more (closed, failed or left): the room counts one follower less. */
        private void unsubscribed() {
            if (subscribed.compareAndSet(true, false)) {
                followers.decrementAndGet();
            }
        }

        void leave() {
            unsubscribed();
            LoadSocket s = socket;
            if (s != null) {
                s.close();
            }
        }

        @Override
        public void text(String message) {
            long now = System.nanoTime();
            if (message.contains("\"chat-message\"")) {
                received(message, now);
                return;
            }
            JsonObject envelope = Json.parse(message);
            String type = envelope.getString("type", "");
            switch (type) {
                case "subscribed" -> {
                    if (subscribed.compareAndSet(false, true)) {
                        followers.incrementAndGet();
                    }
                    entered.complete(null);
                }
                case "chat-posted" -> {
                    unanswered.decrementAndGet();
                    window.get().posted.increment();
                }
                case "error" -> {
                    JsonObject data = envelope.getJsonObject("data");
                    String code = data == null ? "?" : data.getString("code", "?");
                    if ("s".equals(envelope.getString("id", ""))) {
                        entered.completeExceptionally(new IllegalStateException("subscribe refused: " + code));
                    } else {
                        if (envelope.getString("id", "").startsWith("p")) {
                            unanswered.decrementAndGet();
                        }
                        window.get().error("error " + code);
                        firstError.compareAndSet(null, email + ": " + message);
                    }
                }
                default -> {
                    // opened, ack, unread, ...: nothing to measure
                }
            }
        }

        @Override
        public void closed(int code, String reason, boolean byUs) {
            unsubscribed();
            if (!byUs) {
                window.get().error("closed " + code);
                firstError.compareAndSet(null, email + " closed " + code + " " + reason);
            }
            entered.completeExceptionally(new IllegalStateException("closed " + code + " " + reason));
        }

        @Override
        public void failed(Throwable failure) {
            unsubscribed();
            window.get().error("failed " + failure.getClass().getSimpleName());
            entered.completeExceptionally(failure);
        }
    }
}
