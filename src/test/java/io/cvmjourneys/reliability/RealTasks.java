package io.cvmjourneys.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRest;
import io.cvmjourneys.testsupport.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open tasks of the journeys' forms for the corpus to submit bad values to, each claimed by the demo user
 * of its team: journeys started through the intake as a channel system does, earlier steps completed
 * with good values. What the corpus sends to them must leave them open and unchanged.
 */
final class RealTasks {

    /** The demo user who works each step, by its team. */
    static final Map<String, String> WORKER = Map.ofEntries(
            Map.entry("Task_CallCustomer", "agent"), Map.entry("Task_ReviewDispute", "cx"),
            Map.entry("Task_ApprovePaymentPlan", "manager"), Map.entry("Task_ReviewVulnerableCustomer", "cx"),
            Map.entry("Task_PresentRetentionOffer", "agent"), Map.entry("Task_ApproveRetentionDiscount", "manager"),
            Map.entry("Task_FollowUpCall", "agent"),
            Map.entry("Task_TriageComplaint", "cx"), Map.entry("Task_ResolveComplaint", "agent"),
            Map.entry("Task_ReviewActionComplaints", "manager"), Map.entry("Task_FollowUpDetractor", "cx"),
            Map.entry("Task_ScheduleInstallation", "agent"), Map.entry("Task_FollowUpDelayedInstallation", "cx"),
            Map.entry("Task_PresentAlternative", "agent"),
            Map.entry("Task_GradeTradeIn", "store"), Map.entry("Task_TakeUpgradeOrder", "store"),
            Map.entry("Task_AdoptionHelpCall", "agent"), Map.entry("Task_ApproveChannelContent", "channel"),
            Map.entry("Task_ReviewActionFigures", "analyst"));

    private final JourneyOverRest channel;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final RealCustomers customers;
    private final Map<String, String> tasks = new LinkedHashMap<>();
    private String decision;

    RealTasks(int port, TaskService taskService, ManagementService managementService, RuntimeService runtimeService,
              JdbcClient jdbc) {
        this.channel = new JourneyOverRest(port);
        this.taskService = taskService;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.customers = new RealCustomers(jdbc);
    }

    /** Starts the journeys and walks them to the steps of {@link #WORKER}. */
    RealTasks open() {
        List<Task> calls = taskService.createTaskQuery().taskDefinitionKey("Task_CallCustomer").taskUnassigned().listPage(0, 2);
        assertThat(calls).as("the demo's overdue invoices wait for two calls").hasSize(2);
        keep(calls.get(0));
        complete(calls.get(1), Map.of("customerResponse", "DISPUTE", "disputeReason", "Charges I never made"));
        keep(waiting(calls.get(1).getProcessInstanceId(), "Task_ReviewDispute"));

        keep(waiting(start("CUST-004301", "CANCELLATION_REQUEST", "{\"reason\": \"PRICE\"}"), "Task_PresentRetentionOffer"));
        String discount = start("CUST-004302", "CANCELLATION_REQUEST", "{\"reason\": \"COMPETITOR_OFFER\"}");
        complete(waiting(discount, "Task_PresentRetentionOffer"), Map.of("offerResponse", "ACCEPTED", "discountPercent", 35L));
        keep(waiting(discount, "Task_ApproveRetentionDiscount"));

        keep(waiting(start("CUST-004303", "COMPLAINT_SUBMITTED", "{\"text\": \"No signal at home\"}"), "Task_TriageComplaint"));
        String resolve = start("CUST-004304", "COMPLAINT_SUBMITTED", "{\"text\": \"Billed twice\"}");
        complete(waiting(resolve, "Task_TriageComplaint"),
                Map.of("category", "BILLING", "severity", "LOW", "rootCause", "BILLING"));
        keep(waiting(resolve, "Task_ResolveComplaint"));
        String review = start("CUST-004305", "COMPLAINT_SUBMITTED", "{\"text\": \"The reward code never worked\"}");
        complete(waiting(review, "Task_TriageComplaint"), Map.of("category", "OFFERS", "severity", "LOW",
                "rootCause", "CVM_OFFER", "linkedAction", "LOYALTY_REWARD"));
        complete(waiting(review, "Task_ResolveComplaint"), Map.of("resolutionNote", "Sent a new code"));
        keep(waiting(review, "Task_ReviewActionComplaints"));

        keep(waiting(start("CUST-000113", "MOVE_REQUESTED",
                move("Cutting Room Square", "14", "M4 6BF", "Manchester", TestClock.today().plusDays(21))),
                "Task_ScheduleInstallation"));

        keep(waiting(start(customers.upgradeEligible("CUST-RELY001"), "UPGRADE_REQUESTED", "{}"), "Task_GradeTradeIn"));
        String order = start(customers.upgradeEligible("CUST-RELY002"), "UPGRADE_REQUESTED", "{}");
        complete(waiting(order, "Task_GradeTradeIn"), Map.of("conditionGrade", "B", "powersOn", true, "screenIntact", true,
                "activationLockRemoved", true));
        keep(waiting(order, "Task_TakeUpgradeOrder"));

        String change = JsonPath.read(channel.as("manager").post().uri("/api/changes").contentType(MediaType.APPLICATION_JSON)
                .body("{\"kind\": \"PROGRAM_STOP\", \"subject\": \"bill-shock\", \"reason\": \"Corpus\", \"channels\": [\"SMS\"]}")
                .retrieve().body(String.class), "$.id").toString();
        String changeJourney = taskService.createTaskQuery().processInstanceBusinessKey("model-change:change-" + change)
                .singleResult().getProcessInstanceId();
        Task evidence = waiting(changeJourney, "Task_ReviewChangeEvidence");
        assertThat(channel.complete("analyst", evidence.getId(), "{\"stepDecision\": {\"value\": \"APPROVE\"}, \"stepFindings\": {\"value\": \"Corpus\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        keep(waiting(changeJourney, "Task_ApproveChannelContent"));
        // what the nightly action watch starts for an action whose complaints rose
        String actionReview = runtimeService.startProcessInstanceByKey("action-review", "action-review:LOYALTY_REWARD", Map.of(
                "reviewedAction", "LOYALTY_REWARD", "actionName", "Loyalty reward", "actionProgram", "loyalty",
                "watchReasons", "Complaints rose past 10 per 1,000 deliveries", "acceptanceSummary", "Corpus",
                "complaintsSummary", "Corpus")).getId();
        keep(waiting(actionReview, "Task_ReviewActionFigures"));

        openStepsAfterAWait();

        String offered = channel.as("agent").get()
                .uri("/api/customers/CUST-004306/next-best-actions?moment=STORE_VISIT&channel=STORE").retrieve().body(String.class);
        decision = JsonPath.read(offered, "$.decisionId");
        return this;
    }

    /**
     * The steps a journey reaches only after days pass or a customer answers, walked as the journeys' process
     * tests walk them. The clock stays where the last walk leaves it (weeks on, at the same hour): the corpus's
     * dates count from the operator's today, whichever day that is.
     */
    private void openStepsAfterAWait() {
        String plan = overdue(customers.debtor("CUST-RELY004", false, 800));
        passDays(plan, 1, 2, 1);
        complete(waiting(plan, "Task_CallCustomer"), Map.of("customerResponse", "PAYMENT_PLAN"));
        keep(waiting(plan, "Task_ApprovePaymentPlan"));

        String vulnerable = overdue(customers.debtor("CUST-RELY005", true, 80));
        passDays(vulnerable, 3, 7, 2);
        complete(waiting(vulnerable, "Task_CallCustomer"), Map.of("customerResponse", "UNREACHABLE"));
        passDays(vulnerable, 14);
        keep(waiting(vulnerable, "Task_ReviewVulnerableCustomer"));

        String thinking = start("CUST-004307", "CANCELLATION_REQUEST", "{\"reason\": \"PRICE\"}");
        complete(waiting(thinking, "Task_PresentRetentionOffer"), Map.of("offerResponse", "THINKING", "discountPercent", 0L));
        passDays(thinking, 3);
        keep(waiting(thinking, "Task_FollowUpCall"));

        String detractor = start("CUST-004308", "COMPLAINT_SUBMITTED", "{\"text\": \"Nobody called back\"}");
        complete(waiting(detractor, "Task_TriageComplaint"),
                Map.of("category", "BILLING", "severity", "LOW", "rootCause", "BILLING"));
        complete(waiting(detractor, "Task_ResolveComplaint"), Map.of("resolutionNote", "Called back and refunded"));
        answerSurvey("CUST-004308", 3);
        keep(waiting(detractor, "Task_FollowUpDetractor"));

        String late = start(customers.homeBroadband("CUST-RELY006", "FIBRE"), "MOVE_REQUESTED",
                move("Cutting Room Square", "12", "M4 6BF", "Manchester", TestClock.today().plusDays(1)));
        complete(waiting(late, "Task_ScheduleInstallation"), Map.of("installationDate", TestClock.today().plusDays(1).toString(),
                "installationSlot", "MORNING", "contactOnTheDay", "Morgan, +44 7700 900123", "addOnAccepted", false));
        passDays(late, 3); // not live the day after the move
        keep(waiting(late, "Task_FollowUpDelayedInstallation"));

        keep(waiting(start(customers.homeBroadband("CUST-RELY007", "COPPER"), "MOVE_REQUESTED",
                move("Moor View", "1", "PL20 6SW", "Yelverton", TestClock.today().plusDays(21))), "Task_PresentAlternative"));

        String adoption = start(customers.upgradeEligible("CUST-RELY003"), "UPGRADE_REQUESTED", "{}");
        complete(waiting(adoption, "Task_GradeTradeIn"), Map.of("conditionGrade", "C", "powersOn", true,
                "screenIntact", false, "activationLockRemoved", true));
        complete(waiting(adoption, "Task_TakeUpgradeOrder"), Map.of("orderedDevice", "PIXEL_10_PRO", "insurance", false,
                "accessoryCase", false, "accessoryScreenProtector", true, "accessoryCharger", false, "offerResponse", "ACCEPTED"));
        passDays(adoption, 2, 14); // delivered, and two weeks on the network has not seen the new device
        keep(waiting(adoption, "Task_AdoptionHelpCall"));
    }

    /** The path or body with {@code {{task:Task_Key}}} and {@code {{decision}}} filled in. */
    String fill(String text) {
        String filled = text.replace("{{decision}}", decision);
        for (Map.Entry<String, String> task : tasks.entrySet()) {
            filled = filled.replace("{{task:" + task.getKey() + "}}", task.getValue());
        }
        if (filled.contains("{{task:")) {
            throw new IllegalArgumentException("No open task for " + filled + "; RealTasks opens " + tasks.keySet());
        }
        return filled;
    }

    private String start(String customerId, String type, String data) {
        return moment(customerId, type, "UPGRADE_REQUESTED".equals(type) ? "STORE" : "CALL_CENTER", data);
    }

    /** The customer's tNPS score, through the intake as the survey channel reports it. */
    private void answerSurvey(String customerId, int score) {
        moment(customerId, "SURVEY_ANSWERED", "EMAIL", "{\"score\": " + score + "}");
    }

    private String moment(String customerId, String type, String channelOfMoment, String data) {
        ResponseEntity<String> accepted = channel.moment("rely-" + customerId + "-" + type, customerId, type, channelOfMoment, data);
        assertThat(accepted.getStatusCode()).as(accepted.toString()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(accepted.getBody(), "$.processInstanceId");
        EngineClock.runDueJobs(managementService, journey);
        return journey;
    }

    /** Days passing one wait after another, each wait's timers run as they fall due. */
    private void passDays(String journey, int... waits) {
        for (int days : waits) {
            EngineClock.passTime(managementService, journey, Duration.ofDays(days));
        }
    }

    /** The billing system's moment for the customer's overdue invoice ({@link RealCustomers#debtor}). */
    private String overdue(String customerId) {
        return start(customerId, "INVOICE_OVERDUE", "{\"invoiceId\": \"INV-" + customerId + "\"}");
    }

    private static String move(String street, String houseNumber, String postcode, String city, LocalDate moveDate) {
        return """
                {"moveDate": "%s", "newAddress": {"street": "%s", "houseNumber": "%s", "postcode": "%s", "city": "%s"}}"""
                .formatted(moveDate, street, houseNumber, postcode, city);
    }

    private Task waiting(String journey, String step) {
        Task task = taskService.createTaskQuery().processInstanceId(journey).taskDefinitionKey(step).singleResult();
        assertThat(task).as(journey + " waits at " + step).isNotNull();
        return task;
    }

    private void complete(Task task, Map<String, Object> values) {
        taskService.complete(task.getId(), new HashMap<>(values));
        EngineClock.runDueJobs(managementService, task.getProcessInstanceId());
    }

    private void keep(Task task) {
        taskService.claim(task.getId(), WORKER.get(task.getTaskDefinitionKey()));
        tasks.put(task.getTaskDefinitionKey(), task.getId());
    }
}
