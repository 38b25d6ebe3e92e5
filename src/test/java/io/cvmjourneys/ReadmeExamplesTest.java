package io.cvmjourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.ReadmeCommands.Curl;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestHttp;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Every REST example of README.md, run as written, in the README's order, against the demo app
 * (demo users and data on an in-memory database, the job executor on as in the demo). Editing the
 * README cannot silently break an example: a curl command must answer 2xx, or the status its comment
 * names ({@code # 409: …}). Placeholders are what a reader fills in: a date ({@code <today + 7 days>})
 * or a value an earlier example answered ({@code <decisionId>}, {@code <taskId>}, a referral {@code <code>}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class ReadmeExamplesTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>\\s][^<>]*)>");
    private static final Pattern DAYS_FROM_TODAY = Pattern.compile("today \\+ (\\d+) days");
    /** Where a reader finds each placeholder: in the latest earlier answer that has it. */
    private static final Map<String, String> FROM_EARLIER_ANSWERS = Map.of(
            "decisionId", "$.decisionId",
            "taskId", "$[0].id",
            "code", "$.code",
            "campaignId", "$.id",
            "changeId", "$.id");
    /** An engine-rest or /api path the README's text names, optionally after GET. */
    private static final Pattern PATH_IN_TEXT = Pattern.compile("`(?:GET )?(/(?:engine-rest|api)/[^`\\s]+)`");
    private static final Duration BACKGROUND_WORK_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;

    private final List<String> answers = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> everyCurlExampleAnswersAsTheReadmeSays() throws IOException {
        String readme = Files.readString(README);
        List<Curl> curls = ReadmeCommands.curls(readme);
        assertThat(curls).as("curl commands read from README.md's bash blocks").isNotEmpty()
                .hasSize((int) ReadmeCommands.curlLines(readme));
        return curls.stream().map(curl -> dynamicTest(curl.asWritten().lines().findFirst().orElseThrow(), () -> {
            // a reader types the next command after the journeys' background steps ran
            awaitBackgroundWork();
            ResponseEntity<String> response = send(curl);
            String answered = response.getStatusCode() + " " + response.getBody();
            if (curl.promisedStatus().isPresent()) {
                assertThat(response.getStatusCode().value()).as(curl.asWritten() + "\nanswered " + answered)
                        .isEqualTo(curl.promisedStatus().getAsInt());
            } else {
                assertThat(response.getStatusCode().is2xxSuccessful()).as(curl.asWritten() + "\nanswered " + answered)
                        .isTrue();
            }
            answers.add(0, response.getBody());
        }));
    }

    @Test
    void everyRestPathTheTextNamesAnswersAManager() throws IOException {
        Matcher path = PATH_IN_TEXT.matcher(Files.readString(README));
        RestClient manager = TestHttp.client(port).mutate()
                .defaultHeaders(headers -> headers.setBasicAuth("manager", "demo")).build();
        int checked = 0;
        while (path.find()) {
            if (path.group(1).matches(".*[{<…].*")) {
                continue; // a template, e.g. /api/models/decisions/{key}/diff
            }
            ResponseEntity<String> response = manager.get().uri(URI.create("http://localhost:" + port + path.group(1)))
                    .retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).as("GET " + path.group(1) + " answered " + response.getBody())
                    .isEqualTo(200);
            checked++;
        }
        assertThat(checked).as("REST paths named in README.md's text").isPositive();
    }

    private ResponseEntity<String> send(Curl curl) {
        RestClient.RequestBodySpec request = TestHttp.client(port)
                .method(HttpMethod.valueOf(curl.method()))
                .uri(URI.create(url(filled(curl.url()))))
                .headers(headers -> {
                    if (curl.user() != null) {
                        headers.setBasicAuth(curl.user(), curl.password());
                    }
                    curl.headers().forEach(header -> headers.add(header.substring(0, header.indexOf(':')).strip(),
                            header.substring(header.indexOf(':') + 1).strip()));
                });
        if (curl.data() != null) {
            request.body(filled(curl.data()));
        } else if (!curl.formFields().isEmpty()) {
            request.contentType(MediaType.MULTIPART_FORM_DATA).body(form(curl.formFields()));
        }
        return request.retrieve().toEntity(String.class);
    }

    /** The README's address is the demo's on port 8080; here the app listens on a random port. */
    private String url(String asWritten) {
        String url = asWritten.replace("localhost:8080", "localhost:" + port);
        return url.contains("://") ? url : "http://" + url;
    }

    /** -F name=@path uploads the file at the path, relative to the repository root as in the README. */
    private static MultiValueMap<String, Object> form(List<String> fields) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        for (String field : fields) {
            String name = field.substring(0, field.indexOf('='));
            String value = field.substring(field.indexOf('=') + 1);
            form.add(name, value.startsWith("@") ? new FileSystemResource(Path.of(value.substring(1))) : value);
        }
        return form;
    }

    private String filled(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(valueOf(placeholder.group(1))));
        }
        return placeholder.appendTail(filled).toString();
    }

    private String valueOf(String placeholder) {
        Matcher days = DAYS_FROM_TODAY.matcher(placeholder);
        if (days.matches()) {
            return TestClock.today().plusDays(Long.parseLong(days.group(1))).toString();
        }
        String path = FROM_EARLIER_ANSWERS.get(placeholder);
        if (path == null) {
            return fail("README placeholder <%s> is neither a date (<today + N days>) nor one of %s an earlier example answers",
                    placeholder, FROM_EARLIER_ANSWERS.keySet());
        }
        for (String answer : answers) {
            try {
                return JsonPath.read(answer, path).toString();
            } catch (RuntimeException notInThisAnswer) {
                // an earlier answer may have it
            }
        }
        return fail("README placeholder <%s>: no earlier example answered %s", placeholder, path);
    }

    private void awaitBackgroundWork() throws InterruptedException {
        long deadline = System.nanoTime() + BACKGROUND_WORK_TIMEOUT.toNanos();
        while (managementService.createJobQuery().executable().count() > 0) {
            if (System.nanoTime() > deadline) {
                List<Job> stuck = managementService.createJobQuery().executable().list();
                fail("Jobs still due after %s: %s", BACKGROUND_WORK_TIMEOUT, stuck.stream()
                        .map(job -> job.getProcessDefinitionKey() + "/" + job.getId() + " " + job.getExceptionMessage())
                        .toList());
            }
            Thread.sleep(100);
        }
    }
}
