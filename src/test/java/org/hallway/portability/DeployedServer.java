package org.hallway.portability;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The build's {@code target/hallway.war}, unchanged, deployed to a freshly started Payara Micro or
 * WildFly with the database given through the same {@code HALLWAY_DB_*} environment variables the
 * README's Deploy section uses. Each start prints the WAR's SHA-256; on WildFly the deployed copy's
 * checksum is compared with the build's.
 */
public final class DeployedServer implements AutoCloseable {

    static final Path WAR = Path.of("target", "hallway.war");
    private static final Duration STARTUP = Duration.ofSeconds(240);

    private final Process process;
    private final Path log;
    private final int port;
    private final String name;

    private DeployedServer(Process process, Path log, int port, String name) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.name = name;
    }

    /** Starts the server with the WAR and waits until the application answers. */
    public static DeployedServer start(
            Combination combination, String purpose, TestDatabase db, Map<String, String> settings) throws Exception {
        String sha = sha256(WAR);
        System.out.printf("[%s] deploying %s sha256=%s%n", combination, WAR, sha);
        Path work = workDir(combination).resolve(purpose);
        deleteTree(work);
        Files.createDirectories(work);
        Path log = work.resolve("server.log");
        var environment = new java.util.HashMap<String, String>();
        environment.put("HALLWAY_DB_URL", db.url());
        environment.put("HALLWAY_DB_USER", db.user());
        environment.put("HALLWAY_DB_PASSWORD", db.password());
        environment.putAll(settings);
        List<String> command = new ArrayList<>();
        int port;
        if (combination.wildfly()) {
            Path home = WildFlyHome.prepared();
            // A private base directory per start: the stock (already configured) standalone.xml and the WAR.
            Path base = work.resolve("standalone");
            copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
            Path deployed = Files.createDirectories(base.resolve("deployments")).resolve("hallway.war");
            Files.copy(WAR, deployed, StandardCopyOption.REPLACE_EXISTING);
            String deployedSha = sha256(deployed);
            if (!deployedSha.equals(sha)) {
                throw new IllegalStateException("The deployed copy differs from target/hallway.war");
            }
            System.out.printf("[%s] deployed copy %s sha256=%s%n", combination, deployed, deployedSha);
            int offset = freeOffset();
            port = 8080 + offset;
            command.addAll(List.of(
                    home.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                    "-Djboss.socket.binding.port-offset=" + offset));
            environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
            environment.put(
                    "JAVA_OPTS",
                    "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                            + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        } else {
            port = freePort();
            command.addAll(List.of(
                    javaBinary(),
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir="
                            + Files.createDirectories(work.resolve("tmp")).toAbsolutePath(),
                    "-jar",
                    System.getProperty("payara.microJar"),
                    "--deploy",
                    WAR.toAbsolutePath().toString(),
                    "--port",
                    String.valueOf(port),
                    "--nocluster",
                    "--nohazelcast",
                    "--postbootcommandfile",
                    Path.of("src/main/payara/post-boot-commands.txt")
                            .toAbsolutePath()
                            .toString(),
                    "--rootdir",
                    work.resolve("payara").toAbsolutePath().toString()));
        }
        // Links in mails and invite links name the address this server really answers on, unless a test says otherwise.
        environment.putIfAbsent("HALLWAY_MAIL_BASE_URL", "http://localhost:" + port + "/hallway/");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        var server = new DeployedServer(builder.start(), log, port, combination + "/" + purpose);
        try {
            server.awaitApplication(combination.wildfly() ? work.resolve("standalone/deployments") : null);
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
        System.out.printf(
                "[%s] %s ready on port %d after %d ms%n",
                combination, purpose, port, (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    /** The application's URL on localhost, ending in a slash. */
    public String base() {
        return "http://localhost:" + port + "/hallway/";
    }

    java.net.URL url() throws IOException {
        return URI.create(base()).toURL();
    }

    private void awaitApplication(Path wildflyDeployments) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (wildflyDeployments != null && Files.exists(wildflyDeployments.resolve("hallway.war.failed"))) {
                throw new IllegalStateException(name + ": the deployment failed:\n"
                        + Files.readString(wildflyDeployments.resolve("hallway.war.failed")) + "\n" + tail());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(base()))
                                .timeout(Duration.ofSeconds(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + ": "
                        + response.body()
                                .substring(0, Math.min(2000, response.body().length()));
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                name + " did not answer 200 within " + STARTUP + " (last: " + last + "):\n" + tail());
    }

    /** The last lines of the server's log, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        // standalone.sh runs the JVM as a child: stop the whole tree.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : process.descendants().toList()) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static Path workDir(Combination combination) {
        return Path.of("target", "matrix", combination.server() + "-" + combination.db());
    }

    static String sha256(Path file) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A WildFly port offset whose HTTP, HTTPS, management and transaction ports are all free. */
    /** The one port in WildFly's range that Chrome will not open (ERR_UNSAFE_PORT): a browser test there fails. */
    private static final int CHROME_REFUSES = 10080;

    private static int freeOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int offset = ThreadLocalRandom.current().nextInt(100, 20000);
            if (8080 + offset == CHROME_REFUSES) {
                continue;
            }
            if (free(8080 + offset)
                    && free(8443 + offset)
                    && free(9990 + offset)
                    && free(9993 + offset)
                    && free(4712 + offset)
                    && free(4713 + offset)) {
                return offset;
            }
        }
        throw new IllegalStateException("No free port offset for WildFly");
    }

    private static boolean free(int port) {
        try (var socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
