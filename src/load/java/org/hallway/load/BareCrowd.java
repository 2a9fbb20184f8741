package org.hallway.load;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The relay part of the load against the {@link BareRelay}: the same clients, payloads and pace
 * (offer, answer, {@value SignalPayloads#CANDIDATES} candidates each way, a random dwell and think
 * time, again), pairs fixed by arrival order (sockets are opened one after the other, so even
 * indexes offer).
 */
final class BareCrowd implements AutoCloseable {

    private final LoadSettings settings;
    private final List<Peer> peers = new ArrayList<>();
    private final List<HttpClient> clients = new ArrayList<>();
    private final ExecutorService executor;
    private final ScheduledExecutorService timers;
    private final AtomicReference<Metrics> metrics = new AtomicReference<>(new Metrics());
    private volatile boolean running;

    BareCrowd(LoadSettings settings) {
        this.settings = settings;
        this.executor = Executors.newFixedThreadPool(settings.clientThreads, HallwayCrowd.daemon("bare-ws"));
        for (int i = 0; i < settings.socketClients; i++) {
            clients.add(HttpClient.newBuilder().executor(executor).version(HttpClient.Version.HTTP_1_1).build());
        }
        this.timers = Executors.newScheduledThreadPool(2, HallwayCrowd.daemon("bare-timer"));
    }

    /** One client of the bare relay. */
    private final class Peer implements LoadSocket.Handler {
        final boolean offerer;
        LoadSocket socket;
        int candidates;
        boolean sdp;

        Peer(boolean offerer) {
            this.offerer = offerer;
        }

        synchronized void round() {
            if (!running) {
                return;
            }
            candidates = 0;
            sdp = false;
            socket.send(SignalPayloads.offer("signal"));
            for (int i = 0; i < SignalPayloads.CANDIDATES; i++) {
                socket.send(SignalPayloads.candidate("signal", i));
            }
            metrics().meetings.increment();
        }

        @Override
        public synchronized void text(String message) {
            JsonObject data = Json.parse(message).getJsonObject("data");
            Metrics m = metrics();
            if (data.get("sentNanos") instanceof JsonNumber sent) {
                Metrics.record(m.relay, System.nanoTime() - sent.longValue());
                m.relayed.increment();
            }
            if (data.get("sdp") instanceof JsonObject s) {
                sdp = true;
                if (!offerer && "offer".equals(s.getString("type", ""))) {
                    candidates = 0;
                    socket.send(SignalPayloads.answer("signal"));
                    for (int i = 0; i < SignalPayloads.CANDIDATES; i++) {
                        socket.send(SignalPayloads.candidate("signal", i));
                    }
                }
            } else if (data.containsKey("candidate")) {
                candidates++;
            }
            if (offerer && sdp && candidates == SignalPayloads.CANDIDATES) {
                long pause = settings.dwellMinMillis
                        + ThreadLocalRandom.current().nextLong(settings.dwellMaxMillis - settings.dwellMinMillis + 1)
                        + ThreadLocalRandom.current().nextLong(settings.thinkMaxMillis + 1);
                timers.schedule(this::round, pause, TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void closed(int code, String reason, boolean byUs) {
            if (!byUs) {
                metrics().error("closed by server " + code);
            }
        }

        @Override
        public void failed(Throwable failure) {
            metrics().error("socket failure " + failure.getClass().getSimpleName());
        }
    }

    /** Opens n sockets one after the other (so pairs are known) and returns the seconds it took. */
    double connect(int n) {
        long start = System.nanoTime();
        URI uri = URI.create("ws://localhost:" + settings.barePort + "/");
        for (int i = 0; i < n; i++) {
            Peer peer = new Peer(i % 2 == 0);
            try {
                peer.socket = LoadSocket.open(clients.get((i / 2) % clients.size()), uri, Map.of(), peer)
                        .get(30, TimeUnit.SECONDS);
                peers.add(peer);
            } catch (Exception e) {
                metrics().error("connect failed");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    void start() {
        running = true;
        for (Peer p : peers) {
            if (p.offerer) {
                timers.schedule(p::round, ThreadLocalRandom.current().nextLong(settings.meanCycleMillis() + 1),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    Metrics newWindow() {
        var fresh = new Metrics();
        metrics.set(fresh);
        return fresh;
    }

    Metrics metrics() {
        return metrics.get();
    }

    int connected() {
        return (int) peers.stream().filter(p -> p.socket.isOpen()).count();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        Thread.sleep(500);
        peers.forEach(p -> p.socket.close());
        Thread.sleep(1000);
        peers.forEach(p -> p.socket.abort());
        timers.shutdownNow();
        executor.shutdownNow();
    }
}
