package org.hallway.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Janus started for a test with the repository's configuration ({@code .janus/run}) on free
 * loopback ports, its log in target/; {@link #stop()} ends it. {@link #installed()} says whether
 * this machine has Janus ({@code .ci/run} installs it).
 */
public final class JanusServer implements AutoCloseable {

    private static final Path JANUS = Path.of("/usr/bin/janus");

    private final Process process;
    private final int httpPort;
    private final int wsPort;
    private final Path log;

    private JanusServer(Process process, int httpPort, int wsPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.wsPort = wsPort;
        this.log = log;
    }

    public static boolean installed() {
        return Files.isExecutable(JANUS);
    }

    /** Starts Janus and waits until its HTTP API answers. */
    public static JanusServer start() throws IOException, InterruptedException {
        int http = freePort();
        int ws = freePort();
        int admin = freePort();
        int rtp = 30000 + ThreadLocalRandom.current().nextInt(0, 90) * 100;
        Path work = Files.createDirectories(Path.of("target", "janus-" + http));
        Path log = work.resolve("janus.log");
        ProcessBuilder builder =
                new ProcessBuilder(".janus/run").redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JANUS_WORK", work.toString());
        env.put("JANUS_HTTP_PORT", String.valueOf(http));
        env.put("JANUS_WS_PORT", String.valueOf(ws));
        env.put("JANUS_ADMIN_PORT", String.valueOf(admin));
        env.put("JANUS_RTP_PORTS", rtp + "-" + (rtp + 99));
        JanusServer janus = new JanusServer(builder.start(), http, ws, log);
        janus.awaitReady();
        return janus;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Janus exited: " + Files.readString(log));
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(httpUrl()))
                                .timeout(Duration.ofSeconds(2))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"janus\":\"info\",\"transaction\":\"up\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.body().contains("server_info")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        stop();
        throw new IllegalStateException("Janus did not answer within 30 s: " + Files.readString(log));
    }

    /** {@code hallway.stage.janus-url}. */
    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort + "/janus";
    }

    /** {@code hallway.stage.janus-ws-url}. */
    public String webSocketUrl() {
        return "ws://127.0.0.1:" + wsPort;
    }

    /** The server's environment for Hallway (MicroProfile Config reads it). */
    public Map<String, String> hallwayEnvironment() {
        return Map.of("HALLWAY_STAGE_JANUS_URL", httpUrl(), "HALLWAY_STAGE_JANUS_WS_URL", webSocketUrl());
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
