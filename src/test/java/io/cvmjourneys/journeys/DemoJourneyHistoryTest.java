package io.cvmjourneys.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as a CVM manager first sees it: its 90 days of history put real figures on the KPI page
 * for every program with a history — ended journeys, a success rate, offers the customers answered —
 * and the control groups' uplift; the live demo's journeys are there beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cvm.demo.history.enabled=true",
        // the demo's control groups, which the test profile leaves out
        "cvm.nba.holdout.cancellation-winback=0.1", "cvm.nba.holdout.upsell-cross-sell=0.1",
        "cvm.nba.holdout.onboarding-activation=0.1", "cvm.nba.holdout.roaming=0.1", "cvm.nba.holdout.contract-renewal=0.1"})
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class DemoJourneyHistoryTest {

    private static final Pattern RATE = Pattern.compile("[A-Za-z0-9 ]+ \\d{1,3}\\.\\d %");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cancellation-winback", "delinquency-management", "moving-house", "device-upgrade", "contract-renewal",
            "upsell-cross-sell", "complaint-feedback"})
    void everyProgramShowsEndedJourneysItsSuccessRateAndAnsweredOffers(String program) {
        String page = kpiPage(program);

        List<String> overview = cells(page, "program=" + program + "\">");
        assertThat(Integer.parseInt(overview.get(3))).as("ended journeys").isPositive();
        assertThat(overview.get(4)).as("success rate").matches(RATE);

        String offers = page.substring(page.indexOf("<h2>Offers per action</h2>"), page.indexOf("<h2>Time in each step</h2>"));
        assertThat(rows(offers)).as("an action with offers and answers").anySatisfy(row -> {
            assertThat(Integer.parseInt(row.get(1))).as("offered").isPositive();
            assertThat(Integer.parseInt(row.get(2))).as("answered").isPositive();
        });
        assertThat(page).doesNotContain("No finished steps in this period.", "No tasks in this period.");
    }

    @Test
    void newCustomersFirstNinetyDaysShowEndedAndRunningJourneysWithoutOffers() {
        // journeys count in the period they started; the first 90 days of the last 90 days' starters have not ended yet
        String page = kpiPage("onboarding-activation", "&from=" + TestClock.today().minusDays(119));

        List<String> overview = cells(page, "program=onboarding-activation\">");
        assertThat(Integer.parseInt(overview.get(3))).as("ended journeys").isPositive();
        assertThat(overview.get(4)).as("adoption rate").matches(RATE);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("onboarding-activation")
                .unfinished().count()).as("journeys still in their first 90 days").isPositive();
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_CallNewCustomer").finished().count())
                .as("agents helped with a set-up").isPositive();
        assertThat(page).doesNotContain("No finished steps in this period.", "No tasks in this period.");
    }

    @Test
    void tripsAbroadShowPassesTakenAndSpendingCapped() {
        String page = kpiPage("roaming");

        List<String> overview = cells(page, "program=roaming\">");
        assertThat(Integer.parseInt(overview.get(3))).as("ended journeys").isPositive();
        assertThat(overview.get(4)).as("pass rate").matches(RATE);
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_ActivatePass").finished().count())
                .as("passes taken").isPositive();
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_SendSpendWarning").finished().count())
                .as("spending warnings").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cancellation-winback", "upsell-cross-sell", "onboarding-activation", "roaming"})
    void programsWithAControlGroupShowTheirUpliftOverIt(String program) {
        // onboarding's journeys end 90 days after they start: its ended ones started four months back
        String page = kpiPage(program, "&from=" + TestClock.today().minusDays(119));

        assertThat(cells(page, "program=" + program + "\">").get(9)).matches("-?\\d+\\.\\d pts");
        assertThat(cells(page, "<td>Held out</td>").get(2)).as("ended journeys of the control group").isNotEqualTo("0");
    }

    @Test
    void theHistoryLiesInThePastAndTheLiveDemoRunsInThePresent() {
        List<HistoricProcessInstance> journeys = historyService.createHistoricProcessInstanceQuery().listPage(0, 1000);
        // 90 days back; onboarding's 120, so its first journeys have had their 90 days
        assertThat(journeys).allSatisfy(journey -> assertThat(journey.getStartTime().toInstant())
                .isBetween(TestClock.DEFAULT.minus(Duration.ofDays(journey.getProcessDefinitionKey().equals("onboarding-activation")
                        ? 120 : 90)), TestClock.DEFAULT));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CUST-000007")
                .singleResult().getStartTime().toInstant()).as("the live demo's cancellation").isEqualTo(TestClock.DEFAULT);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("CUST-000007").count()).isOne();
    }

    private String kpiPage(String program) {
        return kpiPage(program, "");
    }

    private String kpiPage(String program, String period) {
        ResponseEntity<String> page = TestHttp.signedIn(port, "manager").get().uri("/kpi?program={program}" + period, program)
                .retrieve().toEntity(String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    /** The texts of the cells of the table row that holds {@code anchor}. */
    private static List<String> cells(String page, String anchor) {
        int at = page.indexOf(anchor);
        assertThat(at).as("'%s' on the page", anchor).isNotNegative();
        return texts(page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at)));
    }

    private static List<List<String>> rows(String table) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            List<String> cells = texts(row.group(1));
            if (cells.size() > 2) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> texts(String row) {
        List<String> texts = new ArrayList<>();
        Matcher cell = CELL.matcher(row);
        while (cell.find()) {
            texts.add(TAGS.matcher(cell.group(1)).replaceAll("").replaceAll("\\s+", " ").trim());
        }
        return texts;
    }
}
