package io.cvmjourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Whoever clones the repository has only the repository: no file may send its reader to a path
 * outside it, and a link in the documentation must reach a file that is there.
 */
class RepositoryIsSelfContainedTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    /** A relative path that climbs: two dots alone or followed by a slash, not inside a word, a number range or an ellipsis. */
    private static final Pattern CLIMBING_PATH = Pattern.compile("(?<![\\w.])\\.\\.(?=[/\\s'\"`)\\]]|$)[^\\s'\"`()\\[\\]<>,;]*");
    /** An absolute path on a developer's machine (not a URL's path: nothing word-like or a slash just before it). */
    private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.:/~-])/(?:work|home|Users)/[^\\s'\"`)]*");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void noFileNamesAPathOutsideTheRepository() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Path file : repositoryFiles()) {
            List<String> lines = textLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher climbing = CLIMBING_PATH.matcher(lines.get(i));
                while (climbing.find()) {
                    if (!insideRepository(file, climbing.group())) {
                        leaks.add(file + ":" + (i + 1) + ": " + withoutFullStop(climbing.group()));
                    }
                }
                Matcher machine = MACHINE_PATH.matcher(lines.get(i));
                while (machine.find()) {
                    leaks.add(file + ":" + (i + 1) + ": " + withoutFullStop(machine.group()));
                }
            }
        }
        assertThat(leaks).as("paths that leave the repository (file:line: path)").isEmpty();
    }

    @Test
    void everyLinkInTheDocumentationReachesAFileOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : repositoryFiles()) {
            if (!file.toString().endsWith(".md")) {
                continue;
            }
            List<String> lines = textLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher link = MARKDOWN_LINK.matcher(lines.get(i));
                while (link.find()) {
                    String target = link.group(1).replaceFirst("#.*", "");
                    if (!target.isEmpty() && !target.contains("://") && !target.startsWith("mailto:")
                            && !(insideRepository(file, target) && Files.exists(ROOT.resolve(file).resolveSibling(target)))) {
                        broken.add(file + ":" + (i + 1) + ": " + link.group(1));
                    }
                }
            }
        }
        assertThat(broken).as("links to files that are not in the repository (file:line: link)").isEmpty();
    }

    private static boolean insideRepository(Path file, String relativePath) {
        return ROOT.resolve(file).resolveSibling(relativePath).normalize().startsWith(ROOT);
    }

    private static String withoutFullStop(String path) {
        return path.replaceFirst("(?<=[^.])[.,:;]+$", "");
    }

    /** The files git would commit: tracked ones and new ones it does not ignore (build output, data). */
    private static List<Path> repositoryFiles() throws IOException {
        assumeTrue(Files.exists(ROOT.resolve(".git")), "not a git checkout: nothing tells the repository's files from build output");
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(git.waitFor()).as("git ls-files: " + listing).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while listing the repository's files", e);
        }
        List<Path> files = new ArrayList<>();
        for (String name : listing.split("\0")) {
            if (!name.isEmpty() && Files.isRegularFile(ROOT.resolve(name))) {
                files.add(Path.of(name));
            }
        }
        assertThat(files).as("files of the repository").isNotEmpty();
        return files;
    }

    /** A text file's lines; none for a binary file (not UTF-8, or with NUL bytes). */
    private static List<String> textLines(Path file) throws IOException {
        try {
            String text = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
            return text.indexOf('\0') >= 0 ? List.of() : text.lines().toList();
        } catch (CharacterCodingException binary) {
            return List.of();
        }
    }
}
