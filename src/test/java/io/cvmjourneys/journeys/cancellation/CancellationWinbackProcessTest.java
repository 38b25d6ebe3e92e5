package io.cvmjourneys.journeys.cancellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.testsupport.ProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProcessTest
class CancellationWinbackProcessTest {

    private static final String CUSTOMER = "CUST-000042";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    private ProcessInstance journey;

    @BeforeEach
    void valuableCustomerAsksToCancel() {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        SELECT ?, 'Valerie Keeper', '+34 600 000 042', 'POSTPAID', 'VIP', DATE '2019-03-01', 3200, 75, 'A01', FALSE
                        WHERE NOT EXISTS (SELECT 1 FROM cvm.customer WHERE id = ?)""")
                .params(CUSTOMER, CUSTOMER).update();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T09:00:00Z")));
        journey = runtimeService.startProcessInstanceByKey(CancellationVariables.PROCESS_ID, CUSTOMER,
                withVariables(JourneyStartVariables.CUSTOMER_ID, CUSTOMER, JourneyStartVariables.CHANNEL, "CALL_CENTER",
                        JourneyStartVariables.MOMENT_TYPE, "CANCELLATION_REQUEST", CancellationVariables.REASON, "PRICE"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldAskACallCenterAgentToPresentTheRetentionOfferWithinFourHours() {
        BpmnAwareTests.assertThat(journey).hasPassed("Task_ChooseRetentionOffer").isWaitingAt("Task_PresentRetentionOffer");
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(NextBestActionVariables.BEST_ACTION, "RETENTION_DISCOUNT_20")
                .containsEntry(NextBestActionVariables.BEST_ACTION_NAME, "20% off for 12 months")
                .containsKey(NextBestActionVariables.DECISION_ID);
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center").isNotAssigned();
        taskService.createTaskQuery().initializeFormKeys().processInstanceId(journey.getId()).list().forEach(task ->
                assertThat(task.getCamundaFormRef().getKey()).isEqualTo("cancellation-winback-present-retention-offer"));
        assertThat(Duration.between(task(journey).getCreateTime().toInstant(), task(journey).getDueDate().toInstant()))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void shouldRetainCustomerWhenOfferAccepted() {
        complete(task(journey), withVariables(CancellationVariables.OFFER_RESPONSE, "ACCEPTED"));

        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_CustomerRetained").isEnded();
        assertThat(outcome()).isEqualTo("RETAINED");
    }

    @Test
    void shouldLetCustomerLeaveWhenOfferDeclined() {
        complete(task(journey), withVariables(CancellationVariables.OFFER_RESPONSE, "DECLINED",
                CancellationVariables.AGENT_NOTE, "Moving abroad"));

        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_CustomerLeaves").isEnded();
        assertThat(outcome()).isEqualTo("CANCELLED");
    }

    @Test
    void shouldCancelWithoutAnOfferWhenNobodyAnswersWithinADay() {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(23))));
        assertThat(dueTimers()).as("not yet due after 23 hours").isEmpty();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2))));
        List<Job> due = dueTimers();
        assertThat(due).hasSize(1);
        managementService.executeJob(due.get(0).getId());

        BpmnAwareTests.assertThat(journey).hasPassed("BoundaryEvent_OfferWindowClosed", "EndEvent_CancelledWithoutOffer")
                .hasNotPassed("Gateway_CustomersAnswer").isEnded();
        assertThat(outcome()).isEqualTo("CANCELLED_WITHOUT_OFFER");
    }

    private List<Job> dueTimers() {
        return managementService.createJobQuery().processInstanceId(journey.getId()).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).list();
    }

    private Object outcome() {
        return BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(journey.getId()).variableName(JourneyVariables.OUTCOME).singleResult().getValue();
    }
}
