package io.cvmjourneys.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRest;
import io.cvmjourneys.testsupport.TestClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open tasks of the journeys' forms for the corpus to submit bad values to, each claimed by the demo user
 * of its team: journeys started through the intake as a channel system does, earlier steps completed
 * with good values. What the corpus sends to them must leave them open and unchanged.
 */
final class RealTasks {

    /** The demo user who works each step, by its team. */
    static final Map<String, String> WORKER = Map.of(
            "Task_CallCustomer", "agent", "Task_ReviewDispute", "cx",
            "Task_PresentRetentionOffer", "agent", "Task_ApproveRetentionDiscount", "manager",
            "Task_TriageComplaint", "cx", "Task_ResolveComplaint", "agent", "Task_ReviewActionComplaints", "manager",
            "Task_ScheduleInstallation", "agent",
            "Task_GradeTradeIn", "store", "Task_TakeUpgradeOrder", "store");

    private final JourneyOverRest channel;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final RealCustomers customers;
    private final Map<String, String> tasks = new LinkedHashMap<>();
    private String decision;

    RealTasks(int port, TaskService taskService, ManagementService managementService, JdbcClient jdbc) {
        this.channel = new JourneyOverRest(port);
        this.taskService = taskService;
        this.managementService = managementService;
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

        String offered = channel.as("agent").get()
                .uri("/api/customers/CUST-004306/next-best-actions?moment=STORE_VISIT&channel=STORE").retrieve().body(String.class);
        decision = JsonPath.read(offered, "$.decisionId");
        return this;
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
        String channelOfMoment = "UPGRADE_REQUESTED".equals(type) ? "STORE" : "CALL_CENTER";
        ResponseEntity<String> started = channel.moment("rely-" + customerId + "-" + type, customerId, type, channelOfMoment, data);
        assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(started.getBody(), "$.processInstanceId");
        EngineClock.runDueJobs(managementService, journey);
        return journey;
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
