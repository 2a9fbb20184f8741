package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The WAR is {@code <distributable/>}: with several nodes a login session, the Faces view state and
 * the view-scoped pages in it are written to the data grid after each request and read on whichever
 * node serves the next one. What a view-scoped page keeps must therefore serialize: every field that
 * is neither injected (a serializable proxy) nor transient has a serializable type, type arguments
 * included; and an injected field is not transient (Weld does not inject again after deserializing).
 */
class DistributableSessionTest {

    @Test
    void theWarIsDistributable() throws IOException {
        assertTrue(Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml")).contains("<distributable/>"));
    }

    @Test
    void whatEveryViewScopedPageKeepsCanTravelToAnotherNode() throws Exception {
        List<Class<?>> pages = viewScopedPages();
        assertTrue(pages.size() >= 10, "found the view-scoped pages: " + pages);
        List<String> problems = new ArrayList<>();
        for (Class<?> page : pages) {
            if (!Serializable.class.isAssignableFrom(page)) {
                problems.add(page.getName() + " is not Serializable");
            }
            for (Class<?> c = page; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (field.isAnnotationPresent(Inject.class)) {
                        // A proxy that serializes; transient, it would be null once the page moved to another node.
                        if (Modifier.isTransient(modifiers)) {
                            problems.add(page.getSimpleName() + "." + field.getName() + ": injected and transient");
                        }
                        continue;
                    }
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                        continue;
                    }
                    serializable(field.getGenericType())
                            .ifPresent(
                                    type -> problems.add(page.getSimpleName() + "." + field.getName() + ": " + type));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckNamesWhatWouldNotSerialize() throws Exception {
        record Plain(String name) {}
        class Holder {
            List<Plain> plains;
            Map<String, List<String>> fine;
        }
        assertEquals(Optional.of(Plain.class.getName()), serializable(Plain.class));
        assertEquals(
                Optional.of(Plain.class.getName()),
                serializable(Holder.class.getDeclaredField("plains").getGenericType()));
        assertEquals(
                Optional.empty(),
                serializable(Holder.class.getDeclaredField("fine").getGenericType()));
    }

    /** The name of the first type in {@code type} that would not serialize, if any. */
    static Optional<String> serializable(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || Serializable.class.isAssignableFrom(c)) {
                return Optional.empty();
            }
            // Declared as an interface: the implementations pages use (List.of, ArrayList, HashMap…) serialize.
            if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
                return Optional.empty();
            }
            return Optional.of(c.getName());
        }
        if (type instanceof ParameterizedType p) {
            return Stream.concat(Stream.of(p.getRawType()), Stream.of(p.getActualTypeArguments()))
                    .map(DistributableSessionTest::serializable)
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        if (type instanceof WildcardType w) {
            return Stream.of(w.getUpperBounds())
                    .map(DistributableSessionTest::serializable)
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        return Optional.empty(); // a type variable: checked where it is bound
    }

    private static List<Class<?>> viewScopedPages() throws Exception {
        Path classes = Path.of("target/classes");
        List<Class<?>> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/hallway"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, DistributableSessionTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class)) {
                    pages.add(c);
                }
            }
        }
        return pages;
    }
}
