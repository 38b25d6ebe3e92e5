package io.cvmjourneys.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The action catalog as the database migrations create it, read without a database. */
public final class CatalogMigrations {

    /** A catalog row: (id, name, program, kind, ...). */
    private static final Pattern ACTION_ROW =
            Pattern.compile("\\('[A-Z0-9_]+', '[^']*', '([a-z-]+)', '(?:COMMERCIAL|SERVICE|MANDATORY)'");

    /** The programs the catalog's actions belong to. */
    public static Set<String> programs() throws IOException {
        Set<String> programs = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                ACTION_ROW.matcher(Files.readString(migration)).results().map(match -> match.group(1)).forEach(programs::add);
            }
        }
        return programs;
    }

    private CatalogMigrations() {
    }
}
