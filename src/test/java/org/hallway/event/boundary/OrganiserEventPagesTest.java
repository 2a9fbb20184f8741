package org.hallway.event.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import java.beans.Introspector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every organiser's page about one event ({@code admin/*.xhtml?event=slug}) finds its event in one
 * place: its bean extends {@link OrganiserEventPage} (the slug, the event as a value, the event or 404).
 */
class OrganiserEventPagesTest {

    static final Pattern EVENT_PARAM = Pattern.compile("<f:viewParam name=\"event\" value=\"#\\{(\\w+)\\.slug}\"");

    @Test
    void everyAdminPageOfOneEventExtendsTheSkeleton() throws Exception {
        Map<String, Class<?>> beans = namedBeans();
        List<String> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/webapp/admin"))) {
            for (Path page :
                    files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher m = EVENT_PARAM.matcher(Files.readString(page));
                if (!m.find()) {
                    continue;
                }
                pages.add(page.getFileName().toString());
                Class<?> bean = beans.get(m.group(1));
                if (bean == null || !OrganiserEventPage.class.isAssignableFrom(bean)) {
                    problems.add(page.getFileName() + ": #{" + m.group(1) + "} is " + bean);
                }
            }
        }
        assertTrue(pages.size() >= 9, "found the pages of one event: " + pages);
        assertEquals(List.of(), problems);
    }

    /** The Faces beans by their EL name (the class's simple name, decapitalized). */
    private static Map<String, Class<?>> namedBeans() throws Exception {
        Path classes = Path.of("target/classes");
        Map<String, Class<?>> beans = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/hallway"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, OrganiserEventPagesTest.class.getClassLoader());
                Named named = c.getAnnotation(Named.class);
                if (named != null) {
                    beans.put(
                            named.value().isEmpty() ? Introspector.decapitalize(c.getSimpleName()) : named.value(), c);
                }
            }
        }
        return beans;
    }
}
