package io.cvmjourneys;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curl commands of README.md's {@code bash} blocks, read the way a shell would: words split on
 * blanks, single and double quotes (also across lines), backslash line continuations and
 * {@code #} comments. A comment that starts with a status ({@code # 409: …}), after the command or
 * on the line just above it, is the answer the README promises; without one it promises success.
 */
final class ReadmeCommands {

    private static final Pattern BASH_BLOCK = Pattern.compile("(?ms)^```bash\\n(.*?)^```");
    private static final Pattern PROMISED_STATUS = Pattern.compile("^\\s*(\\d{3})\\b");

    /** One curl command as written, and the status its comment promises, if any. */
    record Curl(String asWritten, String user, String password, String method, List<String> headers, String url,
                String data, List<String> formFields, OptionalInt promisedStatus) {
    }

    private ReadmeCommands() {
    }

    static List<Curl> curls(String readme) {
        List<Curl> curls = new ArrayList<>();
        Matcher block = BASH_BLOCK.matcher(readme);
        while (block.find()) {
            for (Command command : commands(block.group(1))) {
                if (command.words().get(0).equals("curl")) {
                    curls.add(curl(command));
                }
            }
        }
        return curls;
    }

    /** How many lines of the README's bash blocks start a curl command: each must be one of {@link #curls}. */
    static long curlLines(String readme) {
        Matcher block = BASH_BLOCK.matcher(readme);
        long lines = 0;
        while (block.find()) {
            lines += block.group(1).lines().filter(line -> line.startsWith("curl ")).count();
        }
        return lines;
    }

    private record Command(List<String> words, String asWritten, String comment) {
    }

    private static List<Command> commands(String script) {
        List<Command> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int start = 0;
        String comment = null;
        String commentAbove = null;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\\' && i + 1 < script.length()) {
                i++;
                if (script.charAt(i) != '\n') {
                    word = append(word, script.charAt(i));
                }
            } else if (c == '\'' || c == '"') {
                int end = script.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("README: unclosed " + c + " in: " + script.substring(start));
                }
                word = append(word, script.substring(i + 1, end));
                i = end;
            } else if (c == '#' && word == null) {
                int end = script.indexOf('\n', i);
                end = end < 0 ? script.length() : end;
                comment = script.substring(i + 1, end);
                i = end - 1;
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                if (c == '\n') {
                    if (!words.isEmpty()) {
                        commands.add(new Command(List.copyOf(words), script.substring(start, i).strip(),
                                comment != null ? comment : commentAbove));
                    }
                    commentAbove = words.isEmpty() ? comment : null;
                    words.clear();
                    comment = null;
                    start = i + 1;
                }
            } else {
                word = append(word, c);
            }
        }
        return commands;
    }

    private static StringBuilder append(StringBuilder word, Object text) {
        return (word == null ? new StringBuilder() : word).append(text);
    }

    private static Curl curl(Command command) {
        String user = null;
        String password = null;
        String method = null;
        String url = null;
        String data = null;
        List<String> headers = new ArrayList<>();
        List<String> formFields = new ArrayList<>();
        List<String> words = command.words();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-u" -> {
                    String credentials = argument(command, ++i);
                    if (!credentials.contains(":")) {
                        throw new IllegalArgumentException("README: -u needs user:password (curl would ask): "
                                + command.asWritten());
                    }
                    user = credentials.substring(0, credentials.indexOf(':'));
                    password = credentials.substring(credentials.indexOf(':') + 1);
                }
                case "-X" -> method = argument(command, ++i);
                case "-H" -> headers.add(argument(command, ++i));
                case "-d" -> data = argument(command, ++i);
                case "-F" -> formFields.add(argument(command, ++i));
                default -> {
                    if (word.startsWith("-") || url != null) {
                        throw new IllegalArgumentException("README: '" + word + "' is more curl than this test reads"
                                + " (-u, -X, -H, -d, -F and one URL): " + command.asWritten());
                    }
                    url = word;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("README: a curl command without a URL: " + command.asWritten());
        }
        if (method == null) {
            method = data != null || !formFields.isEmpty() ? "POST" : "GET";
        }
        Matcher status = PROMISED_STATUS.matcher(command.comment() == null ? "" : command.comment());
        return new Curl(command.asWritten(), user, password, method, List.copyOf(headers), url, data, List.copyOf(formFields),
                status.find() ? OptionalInt.of(Integer.parseInt(status.group(1))) : OptionalInt.empty());
    }

    private static String argument(Command command, int index) {
        if (index >= command.words().size()) {
            throw new IllegalArgumentException("README: " + command.words().get(index - 1) + " without its value: "
                    + command.asWritten());
        }
        return command.words().get(index);
    }
}
