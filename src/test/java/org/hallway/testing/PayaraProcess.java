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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro in its own JVM, as the README's run command starts it
 * ({@code java -jar payara-micro.jar --deploy <war> --contextroot / --port <port> --nocluster}),
 * or as one node of a cluster ({@link #node}), with its output in a log file; knows how long it
 * took to answer 200.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final long launchedNanos;
    private final int port;

    private PayaraProcess(Process process, long launchedNanos, int port) {
        this.process = process;
        this.launchedNanos = launchedNanos;
        this.port = port;
    }

    public static PayaraProcess launch(String microJar, Path war, int port, List<String> jvmOptions, Path log, Path tmp)
            throws IOException {
        return launch(microJar, war, port, jvmOptions, List.of(), log, tmp);
    }

    /** As above, with Payara Micro arguments after the usual ones (e.g. {@code --prebootcommandfile <file>}). */
    public static PayaraProcess launch(
            String microJar,
            Path war,
            int port,
            List<String> jvmOptions,
            List<String> microArguments,
            Path log,
            Path tmp)
            throws IOException {
        var arguments = new ArrayList<String>(List.of("--nocluster"));
        arguments.addAll(microArguments);
        return start(microJar, war, port, jvmOptions, arguments, log, tmp);
    }

    /**
     * One node of a cluster: as {@link #launch}, but joining the data grid that {@code clusterArguments}
     * describe (e.g. {@code --clustermode tcpip:127.0.0.1:5911,127.0.0.1:5912 --startport 5911}).
     */
    public static PayaraProcess node(
            String microJar,
            Path war,
            int port,
            List<String> jvmOptions,
            List<String> clusterArguments,
            Path log,
            Path tmp)
            throws IOException {
        return start(microJar, war, port, jvmOptions, clusterArguments, log, tmp);
    }

    private static PayaraProcess start(
            String microJar,
            Path war,
            int port,
            List<String> jvmOptions,
            List<String> microArguments,
            Path log,
            Path tmp)
            throws IOException {
        Files.createDirectories(log.getParent());
        Files.createDirectories(tmp);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + tmp.toAbsolutePath());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                microJar,
                "--deploy",
                war.toAbsolutePath().toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port)));
        command.addAll(microArguments);
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        return new PayaraProcess(process, launched, port);
    }

    /** Polls {@code path} until it answers 200; returns seconds since launch. */
    public double awaitOk(String path, Duration patience) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        long deadline = launchedNanos + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro exited with " + process.exitValue());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofSeconds(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - launchedNanos) / 1e9;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting: connection reset or timed out
            }
            Thread.sleep(50);
        }
        throw new IOException("No 200 from " + path + " within " + patience);
    }

    /** As a crash would: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
