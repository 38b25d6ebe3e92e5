package io.cvmjourneys.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The action catalog as the database migrations leave it, read without a database. */
public final class CatalogMigrations {

    /** A catalog row: (id, name, program, kind, ...); a name may hold a quote, written twice. */
    private static final Pattern ACTION_ROW =
            Pattern.compile("\\('([A-Z0-9_]+)', '(?:[^']|'')*', '([a-z-]+)', '(?:COMMERCIAL|SERVICE|MANDATORY)'");
    /** An action moved to another program by a later migration. */
    private static final Pattern PROGRAM_CHANGE =
            Pattern.compile("UPDATE nba_action SET program = '([a-z-]+)'.*?WHERE id = '([A-Z0-9_]+)'", Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__");

    /** The programs the catalog's actions belong to once every migration has run, in version order. */
    public static Set<String> programs() throws IOException {
        Map<String, String> programOfAction = new HashMap<>();
        for (Path migration : migrations()) {
            String sql = Files.readString(migration);
            ACTION_ROW.matcher(sql).results().forEach(row -> programOfAction.put(row.group(1), row.group(2)));
            PROGRAM_CHANGE.matcher(sql).results().forEach(change -> programOfAction.put(change.group(2), change.group(1)));
        }
        return new TreeSet<>(programOfAction.values());
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            return migrations.sorted(Comparator.comparingInt(CatalogMigrations::version)).toList();
        }
    }

    private static int version(Path migration) {
        Matcher version = VERSION.matcher(migration.getFileName().toString());
        return version.find() ? Integer.parseInt(version.group(1)) : 0;
    }

    private CatalogMigrations() {
    }
}
