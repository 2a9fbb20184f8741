package org.hallway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house, read from the sources: a feature is a package under {@code org.hallway}
 * (its boundary, control and entity count as the feature); a feature depends on another when one
 * of its files names a class of the other (an import or a fully qualified name in code). The
 * features' dependencies form no cycle, and the two floors, {@code platform} and {@code realtime},
 * stand under every feature: platform names no other package, realtime only platform.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "hallway");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.hallway\\.([a-z]+)\\.");
    /** Comments, text blocks, strings and characters: what names no class. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
            Pattern.DOTALL);

    /** feature → the features it names, each with one file that does (for the failure message). */
    static Map<String, Map<String, String>> dependencies(Path sources) {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = sources.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // a file directly under org.hallway belongs to no feature
                }
                String feature = relative.getName(0).toString();
                Map<String, String> named = graph.computeIfAbsent(feature, f -> new TreeMap<>());
                var code = NOT_CODE.matcher(Files.readString(file)).replaceAll(" ");
                var match = REFERENCE.matcher(code);
                while (match.find()) {
                    String other = match.group(1);
                    if (!other.equals(feature)) {
                        named.putIfAbsent(other, relative.toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Every cycle's features in order, one per strongly connected group of features (Tarjan). */
    static List<List<String>> cycles(Map<String, Map<String, String>> graph) {
        return new Tarjan(graph).groups.stream().filter(g -> g.size() > 1).toList();
    }

    private static final class Tarjan {
        final Map<String, Map<String, String>> graph;
        final Map<String, Integer> index = new TreeMap<>();
        final Map<String, Integer> low = new TreeMap<>();
        final List<String> stack = new ArrayList<>();
        final List<List<String>> groups = new ArrayList<>();

        Tarjan(Map<String, Map<String, String>> graph) {
            this.graph = graph;
            Set<String> all = new TreeSet<>(graph.keySet());
            graph.values().forEach(edges -> all.addAll(edges.keySet()));
            all.forEach(v -> {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            });
        }

        void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.add(v);
            for (String w : graph.getOrDefault(v, Map.of()).keySet()) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (stack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> group = new ArrayList<>();
                String w;
                do {
                    w = stack.remove(stack.size() - 1);
                    group.add(w);
                } while (!w.equals(v));
                groups.add(group);
            }
        }
    }

    private static String describe(Map<String, Map<String, String>> graph, List<String> group) {
        var out = new StringBuilder();
        for (String from : group) {
            graph.getOrDefault(from, Map.of()).forEach((to, file) -> {
                if (group.contains(to)) {
                    out.append("\n  ")
                            .append(from)
                            .append(" → ")
                            .append(to)
                            .append(" (e.g. ")
                            .append(file)
                            .append(')');
                }
            });
        }
        return out.toString();
    }

    @Test
    void noFeatureDependsOnAnotherThatDependsBackOnIt() {
        var graph = dependencies(SOURCES);
        assertTrue(
                graph.keySet().containsAll(Set.of("platform", "realtime", "networking", "chat")),
                graph.keySet()::toString);
        var cycles = cycles(graph);
        assertTrue(
                cycles.isEmpty(),
                () -> "Import cycles between features:"
                        + cycles.stream().map(c -> describe(graph, c)).reduce("", String::concat));
    }

    @Test
    void thePlatformNamesNoFeatureAndTheRealtimeFloorOnlyThePlatform() {
        var graph = dependencies(SOURCES);
        assertEquals(Map.of(), graph.get("platform"), "platform names these features");
        assertEquals(
                Set.of("platform"), graph.get("realtime").keySet(), () -> "realtime names " + graph.get("realtime"));
    }

    @Test
    void aCycleIsFoundAndNamed() {
        Map<String, Map<String, String>> graph = new TreeMap<>(Map.of(
                "account", Map.of("mail", "account/A.java"),
                "mail", Map.of("ticket", "mail/M.java"),
                "ticket", Map.of("account", "ticket/T.java", "platform", "ticket/P.java"),
                "platform", Map.of()));
        var cycles = cycles(graph);
        assertEquals(1, cycles.size(), cycles::toString);
        assertEquals(Set.of("account", "mail", "ticket"), Set.copyOf(cycles.get(0)));
        assertTrue(describe(graph, cycles.get(0)).contains("mail → ticket (e.g. mail/M.java)"));
        assertFalse(cycles(Map.of("a", Map.of("b", "a/A.java"), "b", Map.of()))
                .iterator()
                .hasNext());
    }

    @Test
    void namesInCommentsAndStringsAreNoDependency(@org.junit.jupiter.api.io.TempDir Path root) throws IOException {
        Path a = Files.createDirectories(root.resolve("alpha").resolve("control"));
        Files.writeString(a.resolve("A.java"), """
                package org.hallway.alpha.control;
                import org.hallway.beta.control.B;
                /** See {@link org.hallway.gamma.control.G}. */
                class A { String s = "org.hallway.delta.X"; org.hallway.epsilon.entity.E e; }
                """);
        assertEquals(Set.of("beta", "epsilon"), dependencies(root).get("alpha").keySet());
    }
}
