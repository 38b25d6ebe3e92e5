package io.cvmjourneys.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.testsupport.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every bad request of the corpus ({@code src/test/resources/bad-input/*.jsonl}) against the running
 * application, over real HTTP: each is refused with the status it names (never a 5xx), the body says
 * what is wrong in the corpus's words and shows nothing of the code's inside, and no row is left
 * behind. A table of categories, cases and cases that held is printed at the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class BadInputCorpusTest {

    private static final Pattern DAYS_FROM_TODAY = Pattern.compile("\\{\\{today([+-]\\d+)}}");
    private static final Map<String, int[]> TALLY = new TreeMap<>();

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsRefusedInWordsAndLeavesNothingBehind() {
        List<BadInputCase> corpus = BadInputCorpus.load(json);
        assertThat(corpus).as("the corpus holds at least 300 bad requests").hasSizeGreaterThanOrEqualTo(300);
        RealTasks tasks = new RealTasks(port, taskService, managementService, runtimeService, jdbc).open();
        CaseSender sender = new CaseSender(port);
        AtomicInteger uid = new AtomicInteger();
        return corpus.stream().map(badCase -> DynamicTest.dynamicTest(badCase.id(), () -> {
            TALLY.computeIfAbsent(badCase.category(), category -> new int[2])[0]++;
            String unique = "corpus-" + uid.incrementAndGet();
            UnaryOperator<String> placeholders = text -> tasks.fill(days(text.replace("{{uid}}", unique)));
            if (badCase.page() != null) {
                sender.open(badCase.user(), placeholders.apply(badCase.page()));
            }
            Map<String, String> before = PersistedRows.snapshot(jdbc);

            CaseSender.Answer answer = sender.send(badCase.user(), badCase.viaBrowser(), badCase.method(),
                    badCase.pathWith(placeholders, json), badCase.contentType(), badCase.bodyWith(placeholders, json));

            List<String> problems = new ArrayList<>(RefusalRules.problems(answer.status(), answer.body(), badCase.path()));
            if (!badCase.expects(answer.status())) {
                problems.add("answered " + answer.status() + ", the corpus expects " + badCase.expected());
            }
            if (!answer.body().contains(placeholders.apply(badCase.says()))) {
                problems.add("the body does not say \"" + badCase.says() + "\"");
            }
            if (badCase.absent() != null && answer.body().contains(badCase.absent())) {
                problems.add("the body repeats \"" + badCase.absent() + "\" as sent, unescaped");
            }
            RefusalRules.changes(before, PersistedRows.snapshot(jdbc)).forEach(change -> problems.add("a row was left: " + change));
            assertThat(problems).as("%s (%s): %s %s answered %d %s", badCase.id(), badCase.source(), badCase.method(),
                    badCase.path(), answer.status(), abbreviated(answer.body())).isEmpty();
            TALLY.get(badCase.category())[1]++;
        }));
    }

    @AfterAll
    static void printTheTally() {
        StringBuilder table = new StringBuilder(String.format("%n%-52s %6s %6s%n", "category", "cases", "held"));
        int[] total = new int[2];
        TALLY.forEach((category, counts) -> {
            table.append(String.format("%-52s %6d %6d%n", category, counts[0], counts[1]));
            total[0] += counts[0];
            total[1] += counts[1];
        });
        table.append(String.format("%-52s %6d %6d%n", "all", total[0], total[1]));
        System.out.println(table);
        TALLY.clear();
    }

    private static String days(String text) {
        Matcher day = DAYS_FROM_TODAY.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (day.find()) {
            LocalDate date = TestClock.today().plusDays(Long.parseLong(day.group(1)));
            day.appendReplacement(filled, date.toString());
        }
        return day.appendTail(filled).toString();
    }

    private static String abbreviated(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}
