package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One way to refuse on a page: a use case's refusal (a {@link Rejected}, the realtime layer's
 * {@code Refused} included) reaches the page only through {@link Pages#attempt}, {@link Pages#outcome}
 * or {@link Pages#answer}; no page catches one by hand, under its own name or a broader one.
 */
class PagesRefuseOneWayTest {

    /** A catch clause and the types it names ({@code catch (A | b.B e)}). */
    static final Pattern CATCH = Pattern.compile("catch\\s*\\(\\s*(?:final\\s+)?([\\w.$|\\s]+?)\\s+\\w+\\s*\\)");

    @Test
    void noPageCatchesARefusalByHand() throws Exception {
        Set<String> refusals = refusalTypes();
        assertTrue(refusals.contains("Refused"), "found the refusal types: " + refusals);
        List<Path> pages = pageSources();
        assertTrue(pages.size() >= 30, "found the pages: " + pages.size());
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                if (!caughtRefusals(lines.get(i), refusals).isEmpty()) {
                    found.add(page + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theScanSeesEachWayOfCatchingARefusal() {
        Set<String> refusals = Set.of("Rejected", "Refused", "RuntimeException");
        assertEquals(Set.of("Refused"), caughtRefusals("} catch (Refused e) {", refusals));
        assertEquals(
                Set.of("Rejected"), caughtRefusals("} catch (final org.hallway.platform.Rejected no) {", refusals));
        assertEquals(Set.of("Refused"), caughtRefusals("catch (IllegalStateException | Refused refused) {", refusals));
        assertEquals(Set.of("RuntimeException"), caughtRefusals("} catch(RuntimeException e){", refusals));
        assertEquals(Set.of(), caughtRefusals("} catch (DateTimeParseException e) {", refusals));
        assertEquals(Set.of(), caughtRefusals("// the refusal is shown by Pages.attempt", refusals));
    }

    /** The refusal types a clause on this line catches, by simple name. */
    static Set<String> caughtRefusals(String line, Set<String> refusals) {
        Set<String> caught = new TreeSet<>();
        Matcher m = CATCH.matcher(line);
        while (m.find()) {
            for (String type : m.group(1).split("\\|")) {
                String simple = type.strip().replaceAll(".*\\.", "");
                if (refusals.contains(simple)) {
                    caught.add(simple);
                }
            }
        }
        return caught;
    }

    /** {@link Rejected}, every subclass of it in the code, and the types that would catch one too. */
    static Set<String> refusalTypes() throws Exception {
        Set<String> names = new TreeSet<>(Set.of("RuntimeException", "Exception", "Throwable"));
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/hallway"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, PagesRefuseOneWayTest.class.getClassLoader());
                if (Rejected.class.isAssignableFrom(c)) {
                    names.add(c.getSimpleName());
                }
            }
        }
        return names;
    }

    /** The Faces beans: every class named {@code *Page} and every {@code @Named} one. */
    static List<Path> pageSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> pages = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.getFileName().toString().endsWith("Page.java")
                        || Files.readString(file).contains("\n@Named")) {
                    pages.add(file);
                }
            }
            return pages;
        }
    }
}
