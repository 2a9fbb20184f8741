package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bean asks the server clock for the time, so tests can move it: the source says so. */
class TimeFromTheClockTest {

    /** The system's time read directly (System.nanoTime measures durations and is allowed). */
    static final Pattern SYSTEM_TIME = Pattern.compile("System\\.currentTimeMillis\\(|new (java\\.util\\.)?Date\\(\\)"
            + "|\\b(Instant|LocalDateTime|LocalDate|LocalTime|OffsetDateTime|ZonedDateTime)\\.now\\(\\s*\\)"
            + "|Clock\\.system(UTC|DefaultZone)?\\(");

    @Test
    void theSystemTimeIsReadOnlyByTheWallClock() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("platform", "WallClock.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (SYSTEM_TIME.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void thePatternSeesEachWayOfReadingTheSystemTime() {
        for (String line : List.of(
                "long now = System.currentTimeMillis();",
                "var d = new Date();",
                "Instant.now()",
                "LocalDateTime.now( )",
                "return Clock.systemUTC();",
                "Clock.system(zone)")) {
            assertTrue(SYSTEM_TIME.matcher(line).find(), line);
        }
        for (String line : List.of("LocalDateTime.now(clock)", "System.nanoTime()", "Date.from(clock.instant())")) {
            assertTrue(!SYSTEM_TIME.matcher(line).find(), line);
        }
    }
}
