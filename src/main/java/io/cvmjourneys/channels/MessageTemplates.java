package io.cvmjourneys.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The message templates, one file per template in {@value #LOCATION}, read once at start-up. A
 * template fills {@code {{name}}} placeholders from the message's parameters; a missing parameter
 * is an error, so no customer ever reads "Dear ,".
 */
@Component
public class MessageTemplates {

    static final String LOCATION = "classpath*:channels/templates/*.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    private final Map<String, String> byId = new TreeMap<>();

    MessageTemplates() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String fileName = resource.getFilename();
                byId.put(fileName.substring(0, fileName.length() - ".txt".length()),
                        resource.getContentAsString(StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the message templates in " + LOCATION, e);
        }
    }

    /**
     * Each template's title, its first line (an e-mail's subject), by template id: what a person reads for
     * a journey message that reached the customer, instead of its id.
     */
    public Map<String, String> titles() {
        Map<String, String> titles = new TreeMap<>();
        byId.forEach((id, text) -> titles.put(id, text.lines().findFirst().orElse(id)));
        return titles;
    }

    /** @throws IllegalArgumentException for an unknown template or a placeholder without a parameter */
    String render(String template, Map<String, String> parameters) {
        String text = byId.get(template);
        if (text == null) {
            throw new IllegalArgumentException("Unknown template '" + template + "'; the templates are " + byId.keySet());
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (placeholder.find()) {
            String value = parameters.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Template '" + template + "' needs the parameter '"
                        + placeholder.group(1) + "'; the message has " + new TreeMap<>(parameters).keySet());
            }
            placeholder.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(rendered).toString();
    }
}
