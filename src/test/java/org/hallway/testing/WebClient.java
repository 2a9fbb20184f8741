package org.hallway.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small browser for over-the-wire tests: keeps cookies, follows no redirects by itself, and
 * knows how to post a Faces form (it carries the view state).
 */
public final class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    /** @param deploymentUrl the URL Arquillian reports; its host is replaced by localhost. */
    public WebClient(URL deploymentUrl) {
        String path = deploymentUrl.getPath().endsWith("/") ? deploymentUrl.getPath() : deploymentUrl.getPath() + "/";
        this.base = "http://localhost:" + deploymentUrl.getPort() + path;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public String base() {
        return base;
    }

    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Loads {@code page}, fills the form's fields (ids without the form prefix) and presses {@code button}. */
    public HttpResponse<String> submit(String page, String form, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        return submit(page, get(page).body(), form, fields, button);
    }

    /** Posts back the form of {@code page} already loaded as {@code html} (its view state), as {@link #submit} does. */
    public HttpResponse<String> submit(String page, String html, String form, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No Faces form on " + page);
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(form, form);
        fields.forEach((k, v) -> data.put(form + ":" + k, v));
        data.put(form + ":" + button, button);
        data.put("jakarta.faces.ViewState", m.group(1));
        String body = data.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + page))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Like {@link #submit}, for a multipart form with one file field ({@code file} null: none chosen). */
    public HttpResponse<String> submitMultipart(
            String page, String form, Map<String, String> fields, String button, String fileField, byte[] file)
            throws IOException, InterruptedException {
        Matcher m = VIEW_STATE.matcher(get(page).body());
        if (!m.find()) {
            throw new IllegalStateException("No Faces form on " + page);
        }
        String boundary = "----hallway" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        java.util.function.BiConsumer<String, String> text = (name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        text.accept(form, form);
        fields.forEach((k, v) -> text.accept(form + ":" + k, v));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + form + ":" + fileField
                        + "\"; filename=\"" + (file == null ? "" : "upload.png") + "\"\r\nContent-Type: "
                        + (file == null ? "application/octet-stream" : "image/png") + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file == null ? new byte[0] : file);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        text.accept(form + ":" + button, button);
        text.accept("jakarta.faces.ViewState", m.group(1));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + page))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through the login page; true when the server accepted the credentials. */
    public boolean login(String email, String password) throws IOException, InterruptedException {
        var response = submit("login.xhtml", "login", Map.of("email", email, "password", password), "submit");
        return response.statusCode() == 302;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
