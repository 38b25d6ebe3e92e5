package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No secret is written in the repository's configuration: every password, secret or token the
 * application, the compose setup or the monitoring files set comes from the environment
 * ({@code ${CVM_DB_PASSWORD}}) or a file written at start-up, except the embedded H2 database's empty
 * one, which guards nothing outside the process. The demo users' password is set by code in the demo
 * profile only, and {@code DefaultPasswordGuardTest} holds the rest.
 */
class SecretsFromTheEnvironmentTest {

    /** A setting whose name ends in password, secret, token or credentials (any case, any separator), and its value. */
    private static final Pattern SECRET_SETTING = Pattern.compile(
            "^\\s*-?\\s*([\\w.-]*?(?i:password|secret|token|credentials)(?:_file)?)\\s*[:=]\\s*(.*)$");
    private static final Pattern FROM_THE_ENVIRONMENT = Pattern.compile("^\"?\\$\\{[A-Z0-9_]+(:[?-][^}]*)?}\"?$");

    @Test
    void everySecretInTheConfigurationComesFromTheEnvironment() throws IOException {
        List<String> written = new ArrayList<>();
        List<Path> files = configurationFiles();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int n = 0; n < lines.size(); n++) {
                Matcher setting = SECRET_SETTING.matcher(lines.get(n));
                if (setting.matches() && !allowed(file, setting.group(1), setting.group(2).strip())) {
                    written.add(file + ":" + (n + 1) + " " + lines.get(n).strip());
                }
            }
        }
        assertThat(files).as("configuration files read").hasSizeGreaterThanOrEqualTo(4);
        assertThat(written).as("secrets written in the repository").isEmpty();
    }

    private static boolean allowed(Path file, String key, String value) {
        String bare = value.replaceAll("\\s+#.*$", "");
        return bare.isEmpty() && !file.toString().contains("compose") // a key that only opens a block
                || FROM_THE_ENVIRONMENT.matcher(bare).matches()
                || key.endsWith("password_file") || key.endsWith("PasswordPolicy") || key.equals("known-default-passwords")
                || key.equals("password") && bare.equals("\"\"") && file.endsWith("application.yaml"); // embedded H2
    }

    private static List<Path> configurationFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/resources", "docker")) {
            try (Stream<Path> found = Files.walk(Path.of(root))) {
                found.filter(path -> path.toString().matches(".*\\.(ya?ml|properties|env)$")).forEach(files::add);
            }
        }
        return files;
    }
}
