package org.hallway.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * Logs attendees in through the Faces login form, as a browser does, over one shared HTTP client:
 * each attendee keeps its own cookies (sent by hand), so thousands of sessions need no thousands
 * of clients. Logins are paced: the server hashes the password with PBKDF2 for each.
 */
final class Logins {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** How the logins went; {@code cookies} in the order of the e-mails, null where a login failed. */
    record Result(int failures, double p50Millis, double p99Millis, List<String> cookies) {
    }

    private final String base;
    /** Where route r logs in: one base (the server or balancer), or one per node ({@code load.route=direct}). */
    private final List<String> routes;
    private final String password;
    private final HttpClient http;
    private final ExecutorService pool;

    Logins(int port, String password) {
        this(List.of(port), password);
    }

    /** Logins over several routes (ports); the first is where the admin and the one-route logins go. */
    Logins(List<Integer> ports, String password) {
        this.routes = ports.stream().map(p -> "http://localhost:" + p + "/").toList();
        this.base = routes.get(0);
        this.password = password;
        this.pool = Executors.newCachedThreadPool(HallwayCrowd.daemon("login"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Logs every attendee in, starting at most {@code perSecond} a second and {@code concurrency} at once. */
    Result loginAll(List<String> emails, double perSecond, int concurrency) throws InterruptedException {
        return loginAll(emails, i -> 0, perSecond, concurrency);
    }

    /** As above, e-mail i through route {@code route.applyAsInt(i)}. */
    Result loginAll(List<String> emails, java.util.function.IntUnaryOperator route, double perSecond, int concurrency)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicInteger failures = new AtomicInteger();
        Histogram latency = new Histogram(3);
        long intervalNanos = (long) (1e9 / perSecond);
        long next = System.nanoTime();
        String[] cookies = new String[emails.size()];
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            int slot = i;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next += intervalNanos;
            inFlight.acquire();
            pool.execute(() -> {
                long t0 = System.nanoTime();
                try {
                    cookies[slot] = login(route.applyAsInt(slot), email, password);
                    synchronized (latency) {
                        latency.recordValue((System.nanoTime() - t0) / 1000);
                    }
                } catch (IOException | RuntimeException e) {
                    failures.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.release();
                }
            });
            // A slow server slows the pace down instead of piling logins up.
            next = Math.max(next, System.nanoTime() - intervalNanos);
        }
        inFlight.acquire(concurrency);
        inFlight.release(concurrency);
        return new Result(failures.get(), Metrics.millis(latency, 50), Metrics.millis(latency, 99),
                java.util.Arrays.asList(cookies));
    }

    /** Logs in and returns the Cookie header value of the logged-in session. */
    String login(String email) throws IOException, InterruptedException {
        return login(email, password);
    }

    /** An attendee's login through route {@code route}, with the attendees' password. */
    String loginVia(int route, String email) throws IOException, InterruptedException {
        return login(route, email, password);
    }

    /** Logs in with the given password and returns the session's Cookie header value. */
    String login(String email, String password) throws IOException, InterruptedException {
        return login(0, email, password);
    }

    /** Logs in through route {@code route} (its own node with a direct route); the Cookie header value. */
    String login(int route, String email, String password) throws IOException, InterruptedException {
        String base = routes.get(route % routes.size());
        Map<String, String> cookies = new LinkedHashMap<>();
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        keep(page, cookies);
        Matcher m = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IOException("No login form: HTTP " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "submit");
        form.put("jakarta.faces.ViewState", m.group(1));
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", header(cookies))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        keep(response, cookies);
        if (response.statusCode() != 302) {
            throw new IOException("Login of " + email + " refused: HTTP " + response.statusCode());
        }
        return header(cookies);
    }

    /** A client with its own cookies for one user (the admin). */
    HttpRequest.Builder request(String path, String cookie) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie);
    }

    HttpClient http() {
        return http;
    }

    static void keep(HttpResponse<?> response, Map<String, String> cookies) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    static String header(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    void close() {
        pool.shutdownNow();
    }
}
