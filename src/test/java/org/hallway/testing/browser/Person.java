package org.hallway.testing.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person at a browser: starts at a page a person would know (the site's address or a link in a
 * mail), clicks visible words and types into fields found by their labels, as the journeys require.
 * No element ids and no internal URLs: what a person cannot see, a journey does not use. The
 * {@link Chrome} underneath stays reachable for what only a test can check (call stats, scripts).
 */
public final class Person {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    private final Chrome chrome;
    private final String site;
    /** The last page state checked (address and the page's visible structure), so each is checked once. */
    private String checked = "";

    private boolean phone;

    /** Whether journeys check every page state they see (-Dhallway.journeys.checks=false turns it off for a quick run). */
    private static final boolean CHECKS = !"false".equals(System.getProperty("hallway.journeys.checks"));
    /** While set, new browsers open at a phone's size: the same journey, as on a phone. */
    private static volatile boolean phonesForNewBrowsers;

    private final java.util.Deque<String> tabs = new java.util.ArrayDeque<>();

    private Person(Chrome chrome, String site) {
        this.chrome = chrome;
        this.site = site.endsWith("/") ? site : site + "/";
    }

    /** A new browser (fresh profile) for the person called {@code name}, at the site's address. */
    public static Person at(String site, String name) throws IOException {
        var person = new Person(Chrome.start(name), site);
        return phonesForNewBrowsers ? person.usesAPhone() : person;
    }

    /** Steps that may fail, for {@link #onPhones}. */
    @FunctionalInterface
    public interface Steps {
        void run() throws Exception;
    }

    /**
     * Runs a journey's steps with every browser they open at a phone's size (390 × 844): each page
     * state the journey sees is then also checked not to scroll sideways.
     */
    public static void onPhones(Steps steps) throws Exception {
        phonesForNewBrowsers = true;
        try {
            steps.run();
        } finally {
            phonesForNewBrowsers = false;
        }
    }

    public Chrome chrome() {
        return chrome;
    }

    public String site() {
        return site;
    }

    /** Types the site's address into the address bar. */
    public Person opensTheSite() {
        chrome.get(site);
        return this;
    }

    /** Follows a link received outside the site (a mail, a chat message). */
    public Person follows(String link) {
        chrome.get(link);
        return this;
    }

    /** Puts the window at a phone's size (390 × 844 CSS pixels) or back at a laptop's. */
    public Person usesAPhone() {
        chrome.driver().manage().window().setSize(new Dimension(390, 844));
        phone = true;
        return this;
    }

    public Person usesALaptop() {
        chrome.driver().manage().window().setSize(new Dimension(1280, 1000));
        phone = false;
        return this;
    }

    /**
     * Clicks the visible link or button whose words are {@code words} (its text, its value or its
     * aria-label, spaces normalised); waits for it to be there and enabled.
     */
    public Person clicks(String words) {
        return clickWhenSteady(() -> chrome.waitFor(PATIENCE, d -> clickable(words)));
    }

    /**
     * Clicks what {@code find} finds; when that part of the page was re-rendered between finding and
     * clicking (a live list refreshed by ajax), finds it again, as a person clicks the new button.
     */
    private Person clickWhenSteady(java.util.function.Supplier<WebElement> find) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                WebElement target = find.get();
                chrome.script("arguments[0].scrollIntoView({block: 'center'})", target);
                target.click();
                return this;
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.ElementClickInterceptedException e) {
                // re-rendered under the click, or covered for a moment (a notice sliding in): again
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleepBriefly();
            }
        }
    }

    /**
     * Clicks the visible link whose text contains {@code words} (a link that also shows a count or a
     * preview, e.g. "Messages 2" or an inbox row); waits for it.
     */
    public Person clicksLinkContaining(String words) {
        return clickWhenSteady(() -> chrome.waitFor(
                PATIENCE,
                d -> d.findElements(By.xpath("//a[contains(normalize-space(.), " + literal(words) + ")]")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null)));
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same, within the part of the page (a row, a card) that contains {@code context}'s words: the
     * innermost such part first, so that a list's other rows are never chosen through a wrapper.
     */
    public Person clicksIn(String context, String words) {
        return clickWhenSteady(() -> chrome.waitFor(PATIENCE, d -> {
            for (WebElement part : innermostFirst(context)) {
                for (WebElement e : candidates(part, words)) {
                    if (e.isDisplayed() && e.isEnabled()) {
                        return e;
                    }
                }
                if (part.getTagName().equals("article")) {
                    // a card (an agenda's session) is the whole of what a person means: wait for its
                    // button (e.g. Join once the session is live) rather than take a neighbour's
                    return null;
                }
            }
            return null;
        }));
    }

    /**
     * Clicks the link {@code words} in the part of the page that shows {@code context}'s words and
     * waits for the file it downloads; answers the saved file.
     */
    public java.nio.file.Path downloadsIn(String context, String words) throws IOException {
        return downloadsBy(() -> clicksIn(context, words));
    }

    /** Clicks the visible link {@code words} and waits for the file it downloads; answers the saved file. */
    public java.nio.file.Path downloads(String words) throws IOException {
        return downloadsBy(() -> clicks(words));
    }

    private java.nio.file.Path downloadsBy(Runnable click) throws IOException {
        java.nio.file.Path folder = chrome.downloads();
        java.util.Set<java.nio.file.Path> before;
        try (var files = java.nio.file.Files.list(folder)) {
            before = files.collect(java.util.stream.Collectors.toSet());
        }
        click.run();
        return chrome.waitFor(PATIENCE, d -> {
            try (var files = java.nio.file.Files.list(folder)) {
                return files.filter(f -> !before.contains(f))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The value of the field labelled {@code label} in the part of the page that contains {@code context}'s words. */
    public String readsIn(String context, String label) {
        return chrome.waitFor(PATIENCE, d -> {
            for (WebElement around : innermostFirst(context)) {
                WebElement found = labelledWithin(around, label);
                if (found != null) {
                    return found.getAttribute("value");
                }
            }
            return null;
        });
    }

    private WebElement labelledWithin(WebElement around, String label) {
        for (WebElement l : around.findElements(By.xpath(".//label"))) {
            String target = l.getAttribute("for");
            if (l.isDisplayed() && labelled(l.getText(), label) && target != null && !target.isEmpty()) {
                List<WebElement> byId = chrome.driver().findElements(By.id(target));
                if (!byId.isEmpty()) {
                    return byId.get(0);
                }
            }
        }
        return null;
    }

    /** Opens a link received outside the site in a new tab of the same browser, and stays there. */
    public Person followsInANewTab(String link) {
        tabs.push(chrome.tab());
        chrome.openTab(link);
        return this;
    }

    /** Closes the current tab and goes back to the one it was opened from. */
    public Person closesTheTab() {
        chrome.driver().close();
        chrome.switchToTab(tabs.pop());
        return this;
    }

    /** Types into the field labelled {@code label} (its text before any colon), replacing what was there. */
    public Person fillsIn(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** The same, in the part of the page (a card, a form's section) that shows {@code context}'s words. */
    public Person fillsInWithin(String context, String label, String text) {
        WebElement field = chrome.waitFor(PATIENCE, d -> {
            for (WebElement around : innermostFirst(context)) {
                WebElement found = labelledWithin(around, label);
                if (found != null) {
                    return found;
                }
            }
            return null;
        });
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Picks the option whose visible text is {@code option} in the list labelled {@code label}. */
    public Person chooses(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
        return this;
    }

    /**
     * Picks a day in the date field labelled {@code label}, as from its date picker (typing into a
     * date field depends on the browser's locale; the picker's result does not).
     */
    public Person picksDate(String label, java.time.LocalDate day) {
        return picks(label, day.toString());
    }

    /** Picks a day and a time (to the minute) in the date-and-time field labelled {@code label}. */
    public Person picksDateTime(String label, java.time.LocalDateTime at) {
        return picks(
                label, at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
    }

    private Person picks(String label, String value) {
        chrome.script(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field(label),
                value);
        return this;
    }

    /** What the field labelled {@code label} holds, as a person copies it (an invite link). */
    public String copies(String label) {
        return field(label).getAttribute("value");
    }

    /** Answers "OK" to the question the page just asked ("Remove … from this session?"). */
    public Person confirms() {
        chrome.waitFor(PATIENCE, org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
                .accept();
        return this;
    }

    /** Types {@code text} into the box the page just opened ("For how many minutes?") and says OK. */
    public Person answers(String text) {
        var prompt = chrome.waitFor(PATIENCE, org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        prompt.sendKeys(text);
        prompt.accept();
        return this;
    }

    /** Ticks (or unticks) the checkbox labelled {@code label}. */
    public Person ticks(String label, boolean ticked) {
        WebElement box = field(label);
        if (box.isSelected() != ticked) {
            box.click();
        }
        return this;
    }

    /** Chooses a file for the upload field labelled {@code label}. */
    public Person uploads(String label, java.nio.file.Path file) {
        field(label).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /**
     * Writes {@code text} into the chat titled {@code chat} (its heading, e.g. "Session chat") and
     * sends it with the chat's Send button.
     */
    public Person writesIn(String chat, String text) {
        WebElement panel = chrome.waitFor(PATIENCE, d -> {
            for (WebElement e : d.findElements(By.xpath("//section[@aria-label=" + literal(chat) + "]"))) {
                if (e.isDisplayed() && !e.findElements(By.tagName("textarea")).isEmpty()) {
                    return e;
                }
            }
            return null;
        });
        WebElement box = panel.findElement(By.tagName("textarea"));
        chrome.script("arguments[0].scrollIntoView({block: 'center'})", box);
        box.sendKeys(text);
        panel.findElement(By.xpath(".//button[normalize-space(.)='Send']")).click();
        return this;
    }

    /** Waits until the part of the page titled {@code part} (a chat, a region: its aria-label) shows {@code words}. */
    public Person seesIn(String part, String words) {
        try {
            chrome.waitFor(
                    PATIENCE,
                    d -> d.findElements(By.xpath("//*[@aria-label=" + literal(part) + "]")).stream()
                            .anyMatch(e -> e.isDisplayed() && e.getText().contains(words)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "Expected \"" + part + "\" to show \"" + words + "\"; the page shows:\n" + chrome.pageText()
                            + "\n(at " + chrome.currentUrl() + ")",
                    e);
        }
        return this;
    }

    /** Waits until the page shows {@code words}; fails with what the page shows instead. */
    public Person sees(String words) {
        try {
            chrome.waitFor(PATIENCE, d -> chrome.pageText().contains(words));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "Expected the page to show \"" + words + "\"; it shows:\n" + chrome.pageText() + "\n(at "
                            + chrome.currentUrl() + ")",
                    e);
        }
        checksThisPageState();
        return this;
    }

    /**
     * Every page state a journey sees is checked as it is reached: axe finds no serious or critical
     * violation and, on a phone, nothing scrolls sideways. A state is the address with the page's
     * visible headings, labels and buttons, so a live countdown or a new chat line is not a new state,
     * but a dialog, a meeting view or a form's refusal is.
     */
    private void checksThisPageState() {
        if (!CHECKS) {
            return;
        }
        Object structure = chrome.script("return [...document.querySelectorAll('h1, h2, h3, label, button, "
                + "input[type=submit], [role=dialog], .error, [aria-invalid=true]')]"
                + ".filter(e => e.offsetParent !== null).map(e => e.tagName + ':' + (e.textContent || e.value || '')"
                + ".trim().replace(/[0-9]+/g, '#').slice(0, 40)).join('|');");
        String state = address() + "\n" + structure;
        if (state.equals(checked)) {
            return;
        }
        checked = state;
        checksAccessibility();
        if (phone) {
            scrollsNoSideways();
        }
    }

    /** Waits until the page no longer shows {@code words}. */
    public Person noLongerSees(String words) {
        chrome.waitFor(PATIENCE, d -> !chrome.pageText().contains(words));
        return this;
    }

    public String page() {
        return chrome.pageText();
    }

    public String address() {
        return chrome.currentUrl();
    }

    /** The page's title as the tab shows it. */
    public String title() {
        return chrome.driver().getTitle();
    }

    /** Nothing on the page is wider than the window: a person never scrolls sideways. */
    public Person scrollsNoSideways() {
        Object extra =
                chrome.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (((Number) extra).intValue() > 0) {
            // name the culprits: the innermost elements that reach past the window's right edge
            Object wide = chrome.script("const w = document.documentElement.clientWidth, out = [];"
                    + "for (const e of document.body.querySelectorAll('*')) {"
                    + "  const r = e.getBoundingClientRect();"
                    + "  if (r.right > w + 1 && r.width > 0 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1)) {"
                    + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
                    + "      ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' (' + Math.round(r.width) + ' px wide, right edge at '"
                    + "      + Math.round(r.right) + ')'); } }"
                    + "return out.slice(0, 8).join(', ');");
            throw new AssertionError(
                    "the page at " + address() + " is " + extra + " px wider than the window: " + wide);
        }
        return this;
    }

    /**
     * Runs axe-core (the npm devDependency in frontend/, injected by the test browser, which the
     * page's Content-Security-Policy does not govern) on the page as it is now and fails listing every
     * serious or critical violation: rule, help, and the selectors of the elements concerned.
     */
    public Person checksAccessibility() {
        List<String> violations = chrome.accessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("axe finds " + violations.size() + " serious or critical violation(s) at "
                    + address() + ":\n" + String.join("\n", violations));
        }
        return this;
    }

    public void leaves() {
        chrome.quit();
    }

    private WebElement field(String label) {
        return chrome.waitFor(PATIENCE, d -> {
            for (WebElement l : d.findElements(By.xpath("//label"))) {
                if (!l.isDisplayed() || !labelled(l.getText(), label)) {
                    continue;
                }
                String target = l.getAttribute("for");
                if (target != null && !target.isEmpty()) {
                    List<WebElement> byId = d.findElements(By.id(target));
                    if (!byId.isEmpty()) {
                        return byId.get(0);
                    }
                }
                List<WebElement> inside = l.findElements(By.xpath(".//input|.//textarea|.//select"));
                if (!inside.isEmpty()) {
                    return inside.get(0);
                }
            }
            for (WebElement e : d.findElements(By.xpath("//*[@aria-label=" + literal(label) + "]"))) {
                if (e.isDisplayed()) {
                    return e;
                }
            }
            return null;
        });
    }

    /** The rows, cards and sections showing {@code context}'s words, descendants before their ancestors. */
    private List<WebElement> innermostFirst(String context) {
        List<WebElement> parts = new java.util.ArrayList<>(chrome.driver()
                .findElements(By.xpath(
                        "//*[self::tr or self::li or self::article or self::section or self::div][contains(normalize-space(.), "
                                + literal(context) + ")]")));
        java.util.Collections.reverse(parts); // document order puts ancestors first
        return parts;
    }

    private static boolean labelled(String shown, String label) {
        String text = shown.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ");
        return text.equals(label)
                || text.replaceAll("[\\s:*]+$", "").equals(label)
                || text.startsWith(label + " (")
                || text.startsWith(label + ":");
    }

    /**
     * Where the same words are both a link in the top bar and a button on the page ("Log in"), a
     * person means the page's button: buttons before links, the page's content before its header.
     */
    private WebElement clickable(String words) {
        WebElement best = null;
        int bestRank = Integer.MAX_VALUE;
        for (WebElement e : candidates(null, words)) {
            if (!e.isDisplayed() || !e.isEnabled()) {
                continue;
            }
            int rank = (e.getTagName().equals("a") ? 1 : 0)
                    + (Boolean.TRUE.equals(chrome.script("return !!arguments[0].closest('header, nav');", e)) ? 2 : 0);
            if (rank < bestRank) {
                best = e;
                bestRank = rank;
            }
        }
        return best;
    }

    private List<WebElement> candidates(WebElement within, String words) {
        String w = literal(words);
        String xpath = ".//a[normalize-space(.)=" + w + " or @aria-label=" + w + "]"
                + " | .//button[normalize-space(.)=" + w + " or @aria-label=" + w + "]"
                + " | .//input[(@type='submit' or @type='button') and (@value=" + w + " or @aria-label=" + w + ")]"
                + " | .//*[@role='button' or @role='tab' or @role='link'][normalize-space(.)=" + w + "]";
        return within == null
                ? chrome.driver().findElements(By.xpath("/" + xpath.replace(" | .//", " | //")))
                : within.findElements(By.xpath(xpath));
    }

    /** An XPath string literal for any text, quotes included. */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
