package org.hallway.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The chat load ({@code -Dload.chat=true}) on a running Hallway: for each room size N of
 * {@code load.chatSteps}, N attendees follow one networking session's chat (every ticket holder is
 * admitted to it) and messages go in at {@code load.chatRate}; at N = {@code load.chatSearchAt} the
 * rate doubles from {@code load.chatSearchFrom} until a short window misses fan-out p99 ≤
 * {@code load.chatP99Millis} (or loses a message, or errs), then one bisection step. Writes
 * target/load/chat/results.{json,md} and the table between the chat-figures markers of docs/performance.md.
 */
final class ChatLoad {

    interface Log {
        void log(String format, Object... args);
    }

    private final LoadSettings settings;
    private final Map<String, String> machine;
    private final Log log;
    private final List<ChatStep> windows = new ArrayList<>();
    private HeapPeak heap;

    ChatLoad(LoadSettings settings, Map<String, String> machine, Log log) {
        this.settings = settings;
        this.machine = machine;
        this.log = log;
    }

    void run(Logins logins, long sessionId, ProbeSource probe) throws Exception {
        machine.put("chatChannel", "session:" + sessionId);
        machine.put("chatPattern", String.format(java.util.Locale.ROOT,
                "steps %s at %.1f msgs/s (warm-up %d s, window %d s); search at N = %d from %.1f msgs/s, %d s windows",
                settings.chatSteps, settings.chatRate, settings.chatWarmupSeconds, settings.chatSeconds,
                settings.chatSearchAt, settings.chatSearchFrom, settings.chatSearchSeconds));
        double highest = Double.NaN;
        try (var room = new ChatRoom(settings, logins, sessionId); var heap = new HeapPeak(probe)) {
            this.heap = heap;
            for (int n : settings.chatSteps) {
                enter(room, n);
                windows.add(window(room, "step", n, settings.chatRate, settings.chatSeconds, probe));
                if (n == settings.chatSearchAt) {
                    highest = search(room, n, probe);
                }
            }
            if (settings.chatSearchAt > 0 && !settings.chatSteps.contains(settings.chatSearchAt)) {
                enter(room, settings.chatSearchAt);
                highest = search(room, settings.chatSearchAt, probe);
            }
        }
        write(highest);
    }

    private void enter(ChatRoom room, int n) throws InterruptedException {
        if (room.size() >= n && room.following() == n) {
            return; // everyone still in the room: nothing to do
        }
        log.log("chat: %d in the room (load %.2f)", n, ServerProbe.loadAverage());
        HallwayCrowd.Ramp logins = room.loginUpTo(n);
        log.log("  logins: %d in %.1f s, failures %d, p50 %.0f ms", logins.added(), logins.seconds(), logins.failures(),
                logins.loginP50Millis());
        HallwayCrowd.Ramp entered = room.enter(n);
        log.log("  sockets opened and subscribed: %d in %.1f s, failures %d, p50/p99 %.0f/%.0f ms; %d following; setup errors %s",
                entered.added(), entered.seconds(), entered.failures(), entered.loginP50Millis(),
                entered.loginP99Millis(), room.following(), room.setupErrors());
        String first = room.takeFirstError();
        if (first != null) {
            log.log("  first error: %s", first);
        }
    }

    /** Doubles the rate until a window misses, then tries halfway between the last sustained and the missed rate. */
    private double search(ChatRoom room, int n, ProbeSource probe) throws Exception {
        double good = Double.NaN;
        double bad = Double.NaN;
        for (double rate = settings.chatSearchFrom; rate <= settings.chatSearchMax; rate *= 2) {
            ChatStep w = window(room, "search", n, rate, settings.chatSearchSeconds, probe);
            windows.add(w);
            if (!w.sustained(settings.chatP99Millis)) {
                bad = rate;
                break;
            }
            good = rate;
            enter(room, n); // a member closed meanwhile is back before the next window
        }
        if (Double.isFinite(good) && Double.isFinite(bad)) {
            double mid = Math.rint((good + bad) / 2);
            enter(room, n);
            ChatStep w = window(room, "search", n, mid, settings.chatSearchSeconds, probe);
            windows.add(w);
            if (w.sustained(settings.chatP99Millis)) {
                good = mid;
            }
        }
        log.log("chat: highest rate sustained at N = %d: %s msgs/s", n, Double.isFinite(good) ? good : "none");
        return good;
    }

    /** The server's CPU clock and heap (a seam for the search's windows). */
    interface ProbeSource {
        double cpuSeconds();

        double heapUsedMiB();
    }

    /** The most heap the server showed since the last {@link #take}, sampled every {@code SAMPLE_SECONDS}. */
    private static final class HeapPeak implements AutoCloseable {
        static final int SAMPLE_SECONDS = 3;
        private final java.util.concurrent.ScheduledExecutorService sampler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(HallwayCrowd.daemon("chat-heap"));
        /** Starts from minus infinity: {@code Math.max} with NaN is NaN, which would hide every sample. */
        private final java.util.concurrent.atomic.DoubleAccumulator peak =
                new java.util.concurrent.atomic.DoubleAccumulator(Math::max, Double.NEGATIVE_INFINITY);

        HeapPeak(ProbeSource probe) {
            sampler.scheduleWithFixedDelay(() -> {
                double used = probe.heapUsedMiB();
                if (Double.isFinite(used)) {
                    peak.accumulate(used);
                }
            }, 0, SAMPLE_SECONDS, TimeUnit.SECONDS);
        }

        /** The peak since the last call, NaN when no sample came back. */
        double take() {
            double most = peak.getThenReset();
            return Double.isFinite(most) ? most : Double.NaN;
        }

        @Override
        public void close() {
            sampler.shutdownNow();
        }
    }

    private ChatStep window(ChatRoom room, String kind, int n, double rate, int seconds, ProbeSource probe)
            throws InterruptedException {
        room.start(rate);
        Thread.sleep(TimeUnit.SECONDS.toMillis(settings.chatWarmupSeconds));
        ChatRoom.Window w = room.measure();
        double server0 = probe.cpuSeconds();
        double driver0 = ServerProbe.cpuSecondsOf(ProcessHandle.current().pid());
        long t0 = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double serverCores = (probe.cpuSeconds() - server0) / elapsed;
        double driverCores = (ServerProbe.cpuSecondsOf(ProcessHandle.current().pid()) - driver0) / elapsed;
        int following = room.following();
        long incomplete = room.finish(w, Duration.ofSeconds(5));
        Histogram fanout = w.fanout.getIntervalHistogram();
        Histogram delivery = w.delivery.getIntervalHistogram();
        Map<String, Long> errors = w.errors();
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        var step = new ChatStep(kind, n, following, rate, elapsed, w.sent.sum(), w.posted.sum(), w.skippedForLimit.sum(),
                Metrics.millis(fanout, 50), Metrics.millis(fanout, 99), fanout.getMaxValue() / 1000.0,
                Metrics.millis(delivery, 50), Metrics.millis(delivery, 99), w.deliveries.sum() / elapsed,
                incomplete, errorCount, errors, serverCores, driverCores, ServerProbe.loadAverage(), heap.take());
        log.log("  %s N=%d at %.1f msgs/s: %d following, sent %d (posted %d, skipped for the limit %d), fan-out p50/p99/max "
                        + "%.1f/%.1f/%.1f ms, delivery p50/p99 %.1f/%.1f ms, %.0f deliveries/s, incomplete %d, errors %s, "
                        + "server %.2f cores, driver %.2f cores, load %.2f, server heap peak %.0f MiB",
                kind, n, rate, following, step.sent(), step.posted(), step.skippedForLimit(), step.fanoutP50(),
                step.fanoutP99(), step.fanoutMax(), step.deliveryP50(), step.deliveryP99(), step.deliveriesPerSecond(),
                incomplete, errors, serverCores, driverCores, step.loadAverage(), step.serverHeapPeakMiB());
        String first = room.takeFirstError();
        if (first != null) {
            log.log("  first error: %s", first);
        }
        return step;
    }

    private void write(double highest) throws IOException {
        Path out = settings.out.resolve("chat");
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.json"), Results.chatJson(machine, windows, highest));
        String table = Results.chatTable(windows, machine, highest, settings.chatSearchAt, settings.chatP99Millis);
        Files.writeString(out.resolve("results.md"), table);
        System.out.println(table);
        if (settings.writeDocs && !windows.isEmpty()) {
            Path doc = settings.docs.resolve("performance.md");
            Results.intoDocument(doc, Results.CHAT_BEGIN, Results.CHAT_END, "## Chat fan-out (WebSocket, one node)", table);
            log.log("wrote %s", doc);
        }
    }
}
