package io.cvmjourneys.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every case of {@code bad-input/*.jsonl} on the test classpath, file by file, in the order written. */
final class BadInputCorpus {

    static final String LOCATION = "classpath*:bad-input/*.jsonl";

    static List<BadInputCase> load(ObjectMapper json) {
        List<BadInputCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Resource file : files()) {
            String[] lines = read(file).split("\n");
            for (int number = 0; number < lines.length; number++) {
                if (lines[number].isBlank()) {
                    continue;
                }
                String where = file.getFilename() + ":" + (number + 1);
                BadInputCase badCase = BadInputCase.of(parse(lines[number], where, json), where, json);
                if (!ids.add(badCase.id())) {
                    throw new IllegalArgumentException(where + ": a second case " + badCase.id() + "; ids are unique");
                }
                cases.add(badCase);
            }
        }
        return cases;
    }

    private static Resource[] files() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("The corpus " + LOCATION + " cannot be listed", e);
        }
    }

    private static String read(Resource file) {
        try {
            return file.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The corpus file " + file + " cannot be read", e);
        }
    }

    private static JsonNode parse(String line, String where, ObjectMapper json) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": not one JSON object: " + e.getMessage(), e);
        }
    }

    private BadInputCorpus() {
    }
}
