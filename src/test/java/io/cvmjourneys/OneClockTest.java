package io.cvmjourneys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product runs on one clock, the application's {@code java.time.Clock} (backed by the engine's
 * clock, in the operator's zone): no production class reads the system clock, the server's zone or
 * a zone of its own, so moving the engine clock moves every decision, window, period and page.
 */
class OneClockTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** The one place allowed to read the engine's clock. */
    private static final Path CLOCK = MAIN.resolve("io/cvmjourneys/engine/EngineBackedClock.java");
    private static final List<Pattern> OWN_CLOCKS = List.of(
            // now() of a java.time type without the application's clock
            Pattern.compile("\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year"
                    + "|YearMonth|MonthDay)\\.now\\((?!clock\\))"),
            Pattern.compile("\\bClock\\.(system|systemUTC|systemDefaultZone|fixed|offset)\\b"),
            Pattern.compile("\\bSystem\\.currentTimeMillis\\(\\)"), // nanoTime measures durations, not the calendar
            Pattern.compile("\\bnew (java\\.util\\.)?Date\\(\\)"),
            Pattern.compile("\\bClockUtil\\b"),
            Pattern.compile("\\bZoneId\\.systemDefault\\(\\)|\\bTimeZone\\.getDefault\\(\\)"),
            // a "today" or a day boundary in UTC instead of the operator's zone
            Pattern.compile("ZoneOffset\\.UTC\\s*\\)\\s*\\.toLocalDate|toInstant\\(ZoneOffset\\.UTC\\)|LocalDate\\.ofInstant\\([^)]*ZoneOffset"
                    + "|atStartOfDay\\(\\)"));

    @Test
    void noProductionClassReadsAClockOrAZoneOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(MAIN)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java") && !path.equals(CLOCK)).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!line.stripLeading().startsWith("import ") && OWN_CLOCKS.stream().anyMatch(p -> p.matcher(line).find())) {
                        found.add(source + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(found).as("take the application's Clock (and its zone) instead").isEmpty();
    }

    /** Joda's dateTime() runs in the server's zone; a date glued to a time ("${day}T00:00:00Z") is read in UTC. */
    private static final Pattern SERVER_ZONE_DATES = Pattern.compile("dateTime\\(\\)|\\}T\\d\\d:");

    @Test
    void noModelComputesADateInTheServersZone() throws IOException {
        List<String> found = new ArrayList<>();
        for (String folder : List.of("bpmn", "dmn")) {
            try (Stream<Path> models = Files.list(Path.of(folder))) {
                for (Path model : models.toList()) {
                    if (SERVER_ZONE_DATES.matcher(Files.readString(model)).find()) {
                        found.add(model.toString());
                    }
                }
            }
        }
        assertThat(found).as("a timer date comes from a journey step in the operator's zone, not from dateTime()")
                .isEmpty();
    }
}
