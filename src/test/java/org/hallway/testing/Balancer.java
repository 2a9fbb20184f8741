package org.hallway.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The project's load balancer ({@code src/cluster/balancer}: Debian's HAProxy, round robin, no sticky
 * sessions, WebSocket tunnels, health check on {@code /health/live}) as a child process in front of
 * nodes on loopback, with its output in a log file. Each answer names the node that served it in
 * {@value #NODE_HEADER}: the node's own name ({@code hallway.node}, as in its welcomes and leases),
 * or for a node that sets none, {@code node1}, {@code node2}, … in the order the ports were given.
 */
public final class Balancer implements AutoCloseable {

    public static final String NODE_HEADER = "X-Hallway-Node";

    private final Process process;
    private final int port;

    private Balancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code script} listening on {@code port} in front of {@code nodePorts}; its config goes to {@code dir}. */
    public static Balancer start(Path script, int port, List<Integer> nodePorts, Path dir, Path log)
            throws IOException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(script.toAbsolutePath().toString(), Integer.toString(port)));
        nodePorts.forEach(p -> command.add(Integer.toString(p)));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("HALLWAY_BALANCER_DIR", dir.toAbsolutePath().toString());
        return new Balancer(builder.start(), port);
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://localhost:" + port + "/";
    }

    /** Waits until {@code path} answered 200 through the balancer from each of {@code nodes} nodes. */
    public void awaitServing(String path, int nodes, Duration patience) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        Set<String> served = new HashSet<>();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("The balancer exited with " + process.exitValue());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(base() + path.replaceFirst("^/", "")))
                                .timeout(Duration.ofSeconds(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    response.headers().firstValue(NODE_HEADER).ifPresent(served::add);
                    if (served.size() >= nodes) {
                        return;
                    }
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IOException("Not served by " + nodes + " nodes through the balancer within " + patience + " (seen: "
                + served + ")");
    }

    /** The node that served a response, as the balancer names it. */
    public static String servedBy(HttpResponse<?> response) {
        return response.headers()
                .firstValue(NODE_HEADER)
                .orElseThrow(() -> new AssertionError("No " + NODE_HEADER + " on " + response.uri()));
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
