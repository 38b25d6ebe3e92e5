package io.cvmjourneys.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Tnps;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.programs.ProgramDraft;
import io.cvmjourneys.programs.ProgramKpi;
import io.cvmjourneys.programs.Programs;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestHttp;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The KPI dashboard on a known history: a small probe program whose journeys, task times, offers
 * and holdout membership the test decides, so every figure on the page can be checked by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cvm.nba.holdout.kpi-probe=0.5",
        "cvm.kpi.programs.kpi-probe.figures[0].name=Save rate",
        "cvm.kpi.programs.kpi-probe.figures[0].outcomes=SAVED",
        "cvm.kpi.programs.kpi-probe.customers-kept=SAVED",
        "cvm.kpi.programs.kpi-probe.upgrades-taken=SAVED"})
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramKpisTest {

    private static final Instant START = Instant.parse("2026-10-05T09:00:00Z");
    private static final String PERIOD = "from=2026-10-01&to=2026-10-31";
    private static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_KpiProbe" targetNamespace="http://cvmjourneys.io/test">
              <bpmn:process id="kpi-probe" name="KPI probe" isExecutable="true" camunda:historyTimeToLive="P30D">
                <bpmn:startEvent id="StartEvent_Begin" />
                <bpmn:sequenceFlow id="SequenceFlow_1" sourceRef="StartEvent_Begin" targetRef="Task_CallCustomer" />
                <bpmn:userTask id="Task_CallCustomer" name="Call the customer" camunda:candidateGroups="call-center" camunda:dueDate="PT1H" />
                <bpmn:sequenceFlow id="SequenceFlow_2" sourceRef="Task_CallCustomer" targetRef="Gateway_Saved" />
                <bpmn:exclusiveGateway id="Gateway_Saved" />
                <bpmn:sequenceFlow id="SequenceFlow_Saved" sourceRef="Gateway_Saved" targetRef="EndEvent_Saved"><bpmn:conditionExpression>${saved}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="SequenceFlow_Lost" sourceRef="Gateway_Saved" targetRef="EndEvent_Lost"><bpmn:conditionExpression>${!saved}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:endEvent id="EndEvent_Saved"><bpmn:extensionElements><camunda:properties><camunda:property name="outcome" value="SAVED" /></camunda:properties>
                  <camunda:executionListener delegateExpression="${recordJourneyOutcome}" event="end" /></bpmn:extensionElements></bpmn:endEvent>
                <bpmn:endEvent id="EndEvent_Lost"><bpmn:extensionElements><camunda:properties><camunda:property name="outcome" value="LOST" /></camunda:properties>
                  <camunda:executionListener delegateExpression="${recordJourneyOutcome}" event="end" /></bpmn:extensionElements></bpmn:endEvent>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HoldoutGroups holdout;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Programs programs;
    @Autowired
    HistoryService historyService;

    /**
     * Four customers who get offers (three saved within the hour, one lost), three held out (one
     * saved and one lost after two hours, one still waiting), and one journey before the period.
     * The four treated customers answered the survey, 10, 9 and 5 saved, 2 lost; the one still waiting, 7.
     * Each customer is worth £1,000 over their lifetime; the first saved one took an upgrade from £20 to £27.50 a month
     * and 10 % off their £30 fee for a year, the first held-out one a £15 credit; two SMS went out (a third was held back).
     */
    @BeforeAll
    void aKnownHistory() {
        repositoryService.createDeployment().name("kpi-probe").addString("kpi-probe.bpmn", PROBE).deploy();
        List<String> treated = customers(false, 4);
        List<String> heldOut = customers(true, 3);
        Stream.concat(treated.stream(), heldOut.stream()).forEach(this::worthAThousand);
        at(START.minus(Duration.ofDays(60)));
        start("CUST-KPI-OLD", "CALL_CENTER");
        at(START);
        List<ProcessInstance> treatedJourneys = treated.stream().map(customer -> start(customer, "CALL_CENTER")).toList();
        List<ProcessInstance> heldOutJourneys = heldOut.stream().map(customer -> start(customer, "STORE")).toList();
        at(START.plus(Duration.ofMinutes(30)));
        runtimeService.setVariables(treatedJourneys.get(0).getId(), Map.of("currentMonthlyFee", 20.0, "upgradeMonthlyFee", 27.5));
        int[] scores = {10, 9, 5, 2};
        for (int n = 0; n < 4; n++) {
            runtimeService.setVariable(treatedJourneys.get(n).getId(), Tnps.SURVEY_SCORE, scores[n]);
            complete(treatedJourneys.get(n), n < 3);
        }
        runtimeService.setVariable(heldOutJourneys.get(2).getId(), Tnps.SURVEY_SCORE, 7);
        accountChange(treatedJourneys.get(0), treated.get(0), "DISCOUNT", 10, 12, null);
        accountChange(heldOutJourneys.get(0), heldOut.get(0), "CREDIT", null, null, new BigDecimal("15.00"));
        message(treatedJourneys.get(0), "Step_Offer", "SENT");
        message(treatedJourneys.get(1), "Step_Offer", "PENDING");
        message(treatedJourneys.get(2), "Step_Offer", "SUPPRESSED");
        at(START.plus(Duration.ofHours(2)));
        complete(heldOutJourneys.get(0), true);
        complete(heldOutJourneys.get(1), false);
        at(START.plus(Duration.ofHours(3)));
        offerInJourney("D-1", "CALL_CENTER", "ACCEPTED", treatedJourneys.get(0).getId());
        offerInJourney("D-2", "CALL_CENTER", "ACCEPTED", treatedJourneys.get(1).getId());
        offerInJourney("D-3", "STORE", "DECLINED", treatedJourneys.get(2).getId());
        offerInJourney("D-4", "STORE", null, treatedJourneys.get(3).getId());
        offer("D-5", "CALL_CENTER", "DUNNING_REMINDER", null);
        // shown on the first saved customer's task page in November: outside October's offers, inside its journey
        String taskOfTheFirst = historyService.createHistoricTaskInstanceQuery().processInstanceId(treatedJourneys.get(0).getId())
                .singleResult().getId();
        decision("D-6", "CALL_CENTER", "PROBE_TIP", null, null, "task:" + taskOfTheFirst, START.plus(Duration.ofDays(40)));
        programs.define("kpi-probe", new ProgramDraft("KPI probe", "Measure the dashboard", "Test lead",
                List.of("Known figures"), List.of("None"), List.of(
                        new ProgramKpi("Save rate", new BigDecimal("50"), LocalDate.parse("2026-10-01"), new BigDecimal("80"),
                                LocalDate.parse("2026-12-30")),
                        new ProgramKpi(ProgramKpi.TNPS, new BigDecimal("0"), LocalDate.parse("2026-10-01"), new BigDecimal("60"),
                                LocalDate.parse("2026-12-30")))), "manager", "Targets to check the page by hand");
    }

    /**
     * Save rate: 4 of 6 ended journeys (66.7 %) against 60.0 % expected by 31 October, a third of the way
     * from 50 % on 1 October to 80 % on 30 December. tNPS: 2 promoters and 2 detractors of 5 answers
     * (0) against 20 expected. All journeys began in the week of 5 October.
     */
    @Test
    void eachKpiAgainstItsTargetOnTrackOrNot() {
        String page = page("analyst", "/kpi?" + PERIOD + "&program=kpi-probe");
        String section = page.substring(page.indexOf("KPIs against their targets"), page.indexOf("Journeys by outcome"));

        assertThat(section).containsSubsequence("<td>Save rate</td>", "<span>66.7 %</span>", "of 6 journeys",
                "from 50 % on 1 Oct 2026 to 80 % by 30 Dec 2026", "<td>60.0 %</td>", "class=\"on-track\">on track</strong>");
        assertThat(section).containsSubsequence("<td>tNPS</td>", "<span>0</span>", "of 5 answers", "<td>20.0</td>",
                "class=\"off-track\">off track</strong>");
        assertThat(page).contains("chart-target-0", "chart-target-1");
    }

    @Test
    void theWeeksBeforeThePeriodsEndShowTheFigureAndThePlannedPath() {
        String page = page("manager", "/kpi?" + PERIOD + "&program=kpi-probe");

        // eight weeks to the one of 31 October: 7 Sep … 26 Oct; every journey began in the week of 5 October
        assertThat(page).contains("const weeks = [\"7 Sept 2026\"", "\"26 Oct 2026\"]");
        assertThat(page).contains("{\"name\":\"Save rate\",\"lowest\":0,\"values\":[null,null,null,null,66.7,null,null,null],"
                + "\"expected\":[50.0,50.0,50.0,51.0,53.3,55.7,58.0,60.0]}");
    }

    @Test
    void theOverviewCountsJourneysOutcomesOffersAndBreaches() {
        String page = page("manager", "/kpi?" + PERIOD + "&program=kpi-probe");

        assertThat(page).contains("<h2 class=\"program-title\">Kpi probe</h2>");
        assertThat(page).as("processes that are no program's journeys").doesNotContain("program=campaign\"",
                "program=program-review\"", "program=propensity-learning\"", "not defined");
        assertThat(cells(page, "Kpi probe</a>")).startsWith("Draft", "7", "1", "6", "Save rate 66.7 %", "4", "2", "3");
        assertThat(page).contains("<strong>7</strong> started, <strong>1</strong> running,\n        <strong>6</strong> ended");
    }

    @Test
    void surveyAnswersByHowTheJourneyEndedWithTheRunningOnesLast() {
        String page = page("manager", "/kpi?" + PERIOD + "&program=kpi-probe");
        String section = page.substring(page.indexOf("How customers rated the journey"));

        assertThat(cells(section, "<td>Lost</td>")).containsExactly("Lost", "1", "0", "1", "-100");
        assertThat(cells(section, "<td>Saved</td>")).containsExactly("Saved", "3", "2", "1", "33");
        assertThat(cells(section, "<td>Still running</td>")).containsExactly("Still running", "1", "0", "0", "0");
        assertThat(section.indexOf("Lost")).isLessThan(section.indexOf("Saved"));
        assertThat(section.indexOf("Saved")).isLessThan(section.indexOf("Still running"));
    }

    @Test
    void conversionAndAcceptancePerAction() {
        String page = page("analyst", "/kpi?" + PERIOD + "&program=kpi-probe");

        assertThat(cells(page, "title=\"PROBE_OFFER\">")).containsSubsequence("4", "3", "2", "1", "50.0 %", "66.7 %");
    }

    /** A notice the law requires is logged like an offer, but nobody answers it: it is no unanswered offer. */
    @Test
    void aNoticeIsListedButNeitherCountsAsAnOfferNorConvertsNothing() {
        String page = page("manager", "/kpi?" + PERIOD + "&program=kpi-probe");

        assertThat(page).contains("a notice the customer must be given: not an offer");
        assertThat(cells(page, "title=\"DUNNING_REMINDER\">")).startsWith("1", "0", "0", "0");
        assertThat(cells(page, "Kpi probe</a>").get(5)).as("offers in the overview").isEqualTo("4");
    }

    @Test
    void timeInEachStepAndSlaPerTask() {
        String page = page("manager", "/kpi?" + PERIOD + "&program=kpi-probe");

        // six calls: four took half an hour, two took two hours
        assertThat(cells(page, "<td>Call the customer</td>")).containsExactly("Call the customer", "6", "0.5", "1.0");
        // seven calls, one still open: the two late ones and the open one are past the hour they were due in
        assertThat(cells(page.substring(page.indexOf("SLA per task")), "<td>Call the customer</td>"))
                .containsExactly("Call the customer", "7", "1", "3");
    }

    @Test
    void upliftIsTheSuccessOfCustomersWithOffersOverTheHoldoutGroup() {
        String page = page("manager", "/kpi?" + PERIOD + "&program=kpi-probe");

        assertThat(cells(page, "<td>Not held out</td>")).containsExactly("Not held out", "3", "4", "75.0 %");
        assertThat(cells(page, "<td>Held out</td>")).containsExactly("Held out", "1", "2", "50.0 %");
        assertThat(page).contains("<strong>25.0 percentage points</strong>");
        // three of four against one of two says little yet
        assertThat(page).contains("<span>-56.3</span> to <span>100.0</span> points", "not yet distinguishable from chance");
    }

    @Test
    void theChannelFilterKeepsOnlyThatChannelsJourneysAndDecisions() {
        String page = page("manager", "/kpi?" + PERIOD + "&channel=STORE&program=kpi-probe");

        assertThat(cells(page, "Kpi probe</a>")).startsWith("Draft", "3", "1", "2", "Save rate 50.0 %", "2", "0", "3");
    }

    @Test
    void aManagerSetsTheBusinessCaseAndSeesTheRoi() {
        RestClient manager = TestHttp.signedIn(port, "manager");

        ResponseEntity<String> saved = setBusinessCase(manager, "300", "50");

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(saved.getHeaders().getLocation().toString()).as("back to the period the manager was looking at")
                .contains("program=kpi-probe", PERIOD);
        String page = manager.get().uri("/kpi?" + PERIOD + "&program=kpi-probe").retrieve().body(String.class);
        // (4 saved × 300 − 7 journeys × 50) / (7 × 50)
        assertThat(page).contains("ROI = (benefit − cost) / cost = <strong>243%</strong>");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsSaidNotSilentlySwapped() {
        String page = TestHttp.signedIn(port, "manager").get().uri("/kpi?from=2026-10-31&to=2026-10-01").retrieve().body(String.class);

        assertThat(page).contains("The period starts (2026-10-31) after it ends (2026-10-01): showing 2026-10-01 to 2026-10-31 instead.")
                .contains("name=\"from\" value=\"2026-10-01\"", "name=\"to\" value=\"2026-10-31\"");
    }

    @Test
    void theCsvHasARowPerProgram() {
        String csv = page("analyst", "/kpi/programs.csv?" + PERIOD);

        assertThat(csv).startsWith("program,started,running,ended,outcomes,success_figure,success_percent,");
        assertThat(csv).contains("\r\nkpi-probe,7,1,6,LOST=2 SAVED=4,Save rate,66.7,4,2,50.0,3,");
        assertThat(csv).contains(",0.5,25.0\r\n");
    }

    @Test
    void theScorecardShowsEachProgramsCustomersKeptRevenueAddedAndTnps() {
        String page = page("manager", "/kpi/scorecard?" + PERIOD);

        // four saved, £1,000 each; one upgrade of £7.50 a month; survey answers 10, 9, 5, 2 and 7
        assertThat(cells(page, "Kpi probe</a>")).startsWith("7", "6", "Save rate 66.7 %", "4", "£4,000.00", "£7.50", "0 (5)", "none");
        assertThat(page).contains("chart-tnps", "chart-root-causes");
    }

    /**
     * PROBE_OFFER was offered in the four treated journeys, rated 10, 9, 5 and 2: tNPS 0. PROBE_TIP was shown on
     * the task page of the first, rated 10: 100, though in November, since the journey began in October.
     */
    @Test
    void theScorecardRatesEachActionByTheJourneysThatOfferedIt() {
        String page = page("analyst", "/kpi/scorecard?" + PERIOD);
        String section = page.substring(page.indexOf("<h2>tNPS per action</h2>"), page.indexOf("<h2>ROI by program</h2>"));

        assertThat(section).containsSubsequence("PROBE_TIP", "<td>1</td>", "<strong>100</strong>",
                "PROBE_OFFER", "<td>4</td>", "<strong>0</strong>");
        assertThat(section).doesNotContain("DUNNING_REMINDER");
    }

    @Test
    void theScorecardComputesTheBusinessCaseFromWhatTheJourneysRecorded() {
        String page = page("manager", "/kpi/scorecard?" + PERIOD);
        String section = page.substring(page.indexOf("Business case from the records"));

        // benefit 4 × £1,000 + 12 × £7.50; cost £36 discount + £15 credit + 4 agent hours (four half hours, two
        // two-hour tasks counted as one hour each) at £30 + 2 SMS at £0.04; ROI (4,090 − 171.08) / 171.08
        assertThat(cells(section, "<td>Kpi probe</td>")).containsExactly("Kpi probe", "£4,000.00", "£90.00", "£36.00", "£15.00",
                "4.0", "£120.00", "2", "£0.08", "£4,090.00", "£171.08", "2,291%");
    }

    @Test
    void theScorecardCsvHasARowPerProgram() {
        String csv = page("analyst", "/kpi/scorecard.csv?" + PERIOD);

        assertThat(csv).startsWith("program,started,ended,success_figure,success_percent,customers_kept,lifetime_value_kept,");
        assertThat(csv).contains("\r\nkpi-probe,7,6,Save rate,66.7,4,4000.00,7.50,5,0,0,,,");
    }

    @Test
    void agentsDoNotSeeTheDashboardAndAnalystsDoNotSetTheBusinessCase() {
        assertThat(TestHttp.signedIn(port, "agent").get().uri("/kpi").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(setBusinessCase(TestHttp.signedIn(port, "analyst"), "1", "1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void accountChange(ProcessInstance journey, String customer, String kind, Integer percentOff, Integer months,
                               BigDecimal amount) {
        jdbc.sql("""
                        INSERT INTO cvm.account_change (reference, customer_id, kind, percent_off, months, reason, effective_on,
                                                        recorded_at, amount)
                        VALUES (?, ?, ?, ?, ?, NULL, DATE '2026-10-05', ?, ?)""")
                .params(journey.getId() + ":Task_CallCustomer", customer, kind, percentOff, months, Timestamp.from(START), amount)
                .update();
    }

    private void message(ProcessInstance journey, String step, String status) {
        jdbc.sql("""
                        INSERT INTO cvm.outbox_message (customer_id, channel, kind, template, parameters, idempotency_key, status,
                                                        created_at)
                        VALUES ('CUST-KPI-0', 'SMS', 'COMMERCIAL', 'probe', '{}', ?, ?, ?)""")
                .params(journey.getId() + ":" + step, status, Timestamp.from(START)).update();
    }

    private void worthAThousand(String customer) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Kim Probe', ?, NULL, 'POSTPAID', 'MASS', DATE '2020-01-01', 1000, 30, 'ZZ', FALSE)""")
                .params(customer, "+44 7700 9" + customer.substring(customer.lastIndexOf('-') + 1)).update();
    }

    private List<String> customers(boolean heldOut, int count) {
        return IntStream.range(0, 1000).mapToObj(n -> "CUST-KPI-" + n)
                .filter(customer -> holdout.isHeldOut(customer, "kpi-probe") == heldOut)
                .limit(count).toList();
    }

    private ProcessInstance start(String customer, String channel) {
        return runtimeService.startProcessInstanceByKey("kpi-probe", customer, Map.of("channel", channel));
    }

    private void complete(ProcessInstance journey, boolean saved) {
        String task = taskService.createTaskQuery().processInstanceId(journey.getId()).singleResult().getId();
        taskService.complete(task, Map.of("saved", saved));
    }

    /** An offer a journey asked for. */
    private void offerInJourney(String decisionId, String channel, String outcome, String journeyId) {
        decision(decisionId, channel, "PROBE_OFFER", outcome, journeyId, null, START);
    }

    private void offer(String decisionId, String channel, String actionId, String outcome) {
        decision(decisionId, channel, actionId, outcome, null, null, START);
    }

    private void decision(String decisionId, String channel, String actionId, String outcome, String journeyId,
                          String presentedIn, Instant at) {
        jdbc.sql("""
                        INSERT INTO cvm.nba_decision (id, customer_id, moment, channel, decided_at, context_summary, candidates,
                                                      suppressed, decision_versions, journey_id, presented_in)
                        VALUES (?, 'CUST-KPI-0', 'CALL_CENTER_CONTACT', ?, ?, '{}', '[]', '[]', '{}', ?, ?)""")
                .params(decisionId, channel, Timestamp.from(at), journeyId, presentedIn).update();
        jdbc.sql("INSERT INTO cvm.nba_offer (decision_id, action_id, rank_no, program, score, outcome) VALUES (?, ?, 1, 'kpi-probe', 1, ?)")
                .params(decisionId, actionId, outcome).update();
    }

    private static void at(Instant instant) {
        TestClock.pin(instant);
    }

    private String page(String user, String uri) {
        ResponseEntity<String> response = TestHttp.signedIn(port, user).get().uri(uri).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static ResponseEntity<String> setBusinessCase(RestClient browser, String benefitPerSuccess, String costPerJourney) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("benefitPerSuccess", benefitPerSuccess);
        form.add("costPerJourney", costPerJourney);
        form.add("_csrf", TestHttp.csrfToken(browser, "/kpi?" + PERIOD));
        for (String bound : PERIOD.split("&")) {
            form.add(bound.substring(0, bound.indexOf('=')), bound.substring(bound.indexOf('=') + 1));
        }
        return browser.post().uri("/kpi/programs/kpi-probe/business-case").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().toEntity(String.class);
    }

    /** The texts of the table cells that follow {@code anchor} in its row. */
    private static List<String> cells(String page, String anchor) {
        int at = page.indexOf(anchor);
        assertThat(at).as("'%s' on the page", anchor).isNotNegative();
        String row = page.substring(at, page.indexOf("</tr>", at));
        List<String> cells = new ArrayList<>();
        var cell = java.util.regex.Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
        while (cell.find()) {
            cells.add(cell.group(1).trim());
        }
        return cells;
    }
}
