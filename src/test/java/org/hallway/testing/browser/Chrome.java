package org.hallway.testing.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through chromedriver, with a fake camera and microphone
 * (see STACK.md for the flags), its own profile under target/, and its console log kept so a
 * failing test can write it out ({@link BrowserArtifacts}).
 */
public final class Chrome {

    private static final List<Chrome> OPEN = new CopyOnWriteArrayList<>();

    private final String name;
    private final ChromeDriver driver;
    private final Path profile;

    private Chrome(String name, ChromeDriver driver, Path profile) {
        this.name = name;
        this.driver = driver;
        this.profile = profile;
    }

    /** The browsers open now, for failure artifacts. */
    static List<Chrome> open() {
        return List.copyOf(OPEN);
    }

    public static Path buildDir() {
        return Path.of(System.getProperty("hallway.build.dir", "target"));
    }

    public static Chrome start(String name) throws IOException {
        Path profile = Files.createDirectories(buildDir().resolve("browsers")).resolve(name + "-" + System.nanoTime());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                "--autoplay-policy=no-user-gesture-required",
                "--enable-unsafe-swiftshader",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        var chrome = new Chrome(name, new ChromeDriver(service, options), profile);
        chrome.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        OPEN.add(chrome);
        return chrome;
    }

    public String name() {
        return name;
    }

    public void get(String url) {
        driver.get(url);
    }

    /** Opens {@code url} in a new tab of this browser (same login) and stays there; returns the tab's handle. */
    public String openTab(String url) {
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        driver.get(url);
        return driver.getWindowHandle();
    }

    /** The current tab's handle. */
    public String tab() {
        return driver.getWindowHandle();
    }

    public void switchToTab(String handle) {
        driver.switchTo().window(handle);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                // the page was replaced between finding its body and reading it: as stale, ask again
                throw new org.openqa.selenium.StaleElementReferenceException("The page moved on", e);
            }
            throw e;
        }
    }

    /** Logs in through the login page and waits to be sent on. */
    public void login(String base, String email, String password) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitFor(Duration.ofSeconds(15), d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    public WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public void click(String id) {
        waitFor(Duration.ofSeconds(15), d -> {
            var e = d.findElement(By.id(id));
            return e.isDisplayed() && e.isEnabled();
        });
        element(id).click();
    }

    public String text(String id) {
        return element(id).getText();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs an async script whose last argument is the callback. */
    public Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** window.hallway.stats(): connectionState and the decoded inbound video frames. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> callStats() {
        return (Map<String, Object>) asyncScript("const done = arguments[arguments.length - 1];"
                + "if (!window.hallway) { done({connectionState: 'no app', framesDecoded: 0}); return; }"
                + "window.hallway.stats().then(done, e => done({connectionState: 'error ' + e, framesDecoded: 0}));");
    }

    /**
     * axe-core's serious and critical violations on the current page, one line each: rule id, help,
     * the impact and the CSS selectors of the offending elements. axe is read from
     * frontend/node_modules (the build's {@code npm ci}) and injected through WebDriver, which the
     * page's Content-Security-Policy does not block.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        Object loaded = script("return typeof window.axe === 'object';");
        if (!Boolean.TRUE.equals(loaded)) {
            script(axeSource());
        }
        // axe takes a few seconds on a large page of a loaded machine
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result;
        try {
            result = asyncScript("const done = arguments[arguments.length - 1];"
                    + "window.axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                    + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + "  .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '"
                    + "    + v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : ''))"
                    + "      .join(' | '))), e => done(['axe failed: ' + e]));");
        } finally {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        }
        return List.copyOf((List<String>) result);
    }

    private static volatile String axe;

    private static String axeSource() {
        if (axe == null) {
            Path file = Path.of(
                    System.getProperty("hallway.frontend.dir", "frontend"), "node_modules", "axe-core", "axe.min.js");
            try {
                axe = Files.readString(file);
            } catch (IOException e) {
                throw new IllegalStateException(
                        "axe-core is missing at " + file.toAbsolutePath()
                                + ": build once without -Dskip.npm (npm ci in frontend/ installs it)",
                        e);
            }
        }
        return axe;
    }

    /** Waits for the condition; an element gone stale because the page moved on is asked again. */
    public <T> T waitFor(Duration timeout, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** The WebDriver underneath, for {@link Person}'s finer steps. */
    ChromeDriver driver() {
        return driver;
    }

    /** Runs a DevTools protocol command in the current tab (e.g. Page.getAppManifest) and answers its result. */
    public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    private Path downloads;

    /**
     * The folder this browser saves downloads into (headless Chromium refuses downloads until told
     * where to put them): created and handed to the browser on first use.
     */
    public synchronized Path downloads() throws IOException {
        if (downloads == null) {
            downloads = Files.createDirectories(profile.resolveSibling(profile.getFileName() + "-downloads"));
            driver.executeCdpCommand(
                    "Browser.setDownloadBehavior",
                    Map.of(
                            "behavior",
                            "allow",
                            "downloadPath",
                            downloads.toAbsolutePath().toString()));
        }
        return downloads;
    }

    /**
     * Cuts this browser off the network (DevTools' offline emulation: new requests and sockets fail,
     * {@code navigator.onLine} turns false and the page hears {@code offline}) or restores it (the page
     * hears {@code online}). Sockets already open stay open: see {@link #dropConnectionsTo(int)}.
     */
    public void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * Destroys this browser's open TCP connections to {@code port} on this machine, as a network drop
     * does ({@code ss -K}, needs root): its WebSockets close with 1006 and the server sees them go.
     * Other browsers' connections stay. Returns how many were dropped.
     */
    public int dropConnectionsTo(int port) throws IOException, InterruptedException {
        String marker = "--user-data-dir=" + profile.toAbsolutePath();
        var pids = ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> List.of(a).contains(marker))
                        .orElse(false))
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                .map(p -> "pid=" + p.pid() + ",")
                .collect(Collectors.toSet());
        if (pids.isEmpty()) {
            throw new IllegalStateException("no process of browser " + name + " found");
        }
        String listing = run("ss", "-tnpH", "state", "established", "( dport = :" + port + " )");
        int dropped = 0;
        for (String line : listing.split("\n")) {
            if (pids.stream().noneMatch(line::contains)) {
                continue;
            }
            String[] columns = line.trim().split("\\s+"); // Recv-Q Send-Q Local Peer Process
            String local = columns[2];
            String localPort = local.substring(local.lastIndexOf(':') + 1);
            run("ss", "-K", "state", "established", "( sport = :" + localPort + " and dport = :" + port + " )");
            dropped++;
        }
        return dropped;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Writes a screenshot and the console log to dir, named after this browser. */
    void dump(Path dir, String prefix) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.write(dir.resolve(prefix + "-" + name + ".png"), screenshot());
        } catch (RuntimeException e) {
            Files.writeString(dir.resolve(prefix + "-" + name + ".png.txt"), "No screenshot: " + e);
        }
        String log;
        try {
            log = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getTimestamp() + " " + entry.getLevel() + " " + entry.getMessage())
                    .collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            log = "No console log: " + e;
        }
        Files.writeString(
                dir.resolve(prefix + "-" + name + "-console.log"),
                "URL: " + driver.getCurrentUrl() + "\n" + log + "\n");
    }

    public void quit() {
        OPEN.remove(this);
        driver.quit();
    }
}
