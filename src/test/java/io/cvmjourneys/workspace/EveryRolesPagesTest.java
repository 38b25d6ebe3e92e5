package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestHttp;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * Every demo user walks every page the workspace links them to, as a new user clicking around
 * would: no page fails, none is Spring's "Whitelabel" page, and none shows a code where people
 * read words (NETWORK_COVERAGE, an ISO timestamp). Ids stay where they help, in title attributes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class EveryRolesPagesTest {

    /** Enough pages of each kind to meet every template, few enough to stay quick. */
    private static final int PAGES_PER_KIND = 4;
    private static final Pattern TASK_PAGE = Pattern.compile("/tasks/([^/?]+)");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d\\d-\\d\\d\\b");
    private static final Pattern NOT_A_PAGE = Pattern.compile("^/(camunda|api|engine-rest|css|js|webjars|actuator)/.*|.*\\.csv(\\?.*)?$|^/logout.*");

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;

    /** One per role of the README's role table. */
    static List<String> demoUsers() {
        return List.of("manager", "agent", "store", "cx", "channel", "analyst", "admin");
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void everyPageAUserCanReachSpeaksTheirLanguage(String user) {
        RestClient browser = TestHttp.signedIn(port, user);
        Map<String, List<String>> problems = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        while (!toVisit.isEmpty()) {
            String path = toVisit.poll();
            if (!seen.add(path) || kinds.merge(kindOf(path), 1, Integer::sum) > PAGES_PER_KIND) {
                continue;
            }
            ResponseEntity<String> answer = browser.get().uri(path).retrieve().toEntity(String.class);
            String page = answer.getBody() == null ? "" : answer.getBody();
            if (answer.getStatusCode().is3xxRedirection()) {
                URI location = answer.getHeaders().getLocation();
                toVisit.add(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
                continue;
            }
            List<String> found = new ArrayList<>();
            if (!answer.getStatusCode().is2xxSuccessful()) {
                found.add("answered " + answer.getStatusCode());
            }
            if (page.contains("Whitelabel")) {
                found.add("the Whitelabel error page");
            }
            String text = visibleText(page);
            CODE.matcher(text).results().map(match -> "code " + match.group()).distinct().forEach(found::add);
            ISO_INSTANT.matcher(text).results().map(match -> "timestamp " + match.group()).distinct().forEach(found::add);
            ISO_DAY.matcher(text).results().map(match -> "day " + match.group()).distinct().forEach(found::add);
            if (!found.isEmpty()) {
                problems.put(path, found);
            }
            Matcher link = LINK.matcher(page);
            while (link.find()) {
                String target = link.group(1).replace("&amp;", "&");
                if (!NOT_A_PAGE.matcher(target).matches()) {
                    toVisit.add(target);
                }
            }
        }

        assertThat(seen).as("pages %s walked", user).hasSizeGreaterThan(3);
        assertThat(problems).as("what %s met on the pages", user).isEmpty();
    }

    /**
     * Customers, KPI periods…: one kind per first path segment and query name; a task page is of its
     * task's kind (each step of each journey has a form of its own).
     */
    private String kindOf(String path) {
        Matcher task = TASK_PAGE.matcher(path);
        if (task.matches()) {
            Task open = taskService.createTaskQuery().taskId(task.group(1)).singleResult();
            return "task " + (open == null ? "gone" : open.getTaskDefinitionKey());
        }
        String[] parts = path.split("\\?", 2);
        String first = parts[0].replaceAll("^/([^/]*).*", "$1");
        String query = parts.length > 1 ? parts[1].replaceAll("=[^&]*", "") : "";
        return first + "?" + query;
    }

    /**
     * What a reader sees: the text and the values shown in fields (a read-only field's value is read like
     * text; hidden inputs and the values behind choices are not), but no scripts, styles, tags or other
     * attributes, and no ids set as {@code <code>}, which are shown on purpose (managers name actions by
     * them in decision tables).
     */
    private static String visibleText(String page) {
        return page.replaceAll("(?s)<(script|style|code)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<input(?![^>]*type=\"(?:hidden|radio|checkbox|submit|date|time|datetime-local)\")[^>]*?\\svalue=\"([^\"]*)\"[^>]*>", " $1 ")
                .replaceAll("(?s)<[^>]+>", " ")
                .replace("&amp;", "&");
    }
}
