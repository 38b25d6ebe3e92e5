package io.cvmjourneys.testsupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a journey left on record, as process tests check it (on the engine the assertions use). */
public final class JourneyRecords {

    /** A journey variable as history keeps it, also once the journey has ended; null if it was never set. */
    public static Object variable(ProcessInstance journey, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(journey.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    /** The journey's outcome as history keeps it (see recordJourneyOutcome); null while it runs. */
    public static Object outcome(HistoryService history, String journeyId) {
        HistoricVariableInstance outcome = history.createHistoricVariableInstanceQuery().processInstanceId(journeyId)
                .variableName("outcome").singleResult();
        return outcome == null ? null : outcome.getValue();
    }

    /** The teams that may take the journey's open task. */
    public static List<String> candidateGroups(ProcessInstance journey) {
        return taskService().getIdentityLinksForTask(task(journey).getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    /** The customer's messages in the outbox, oldest first, as "CHANNEL template". */
    public static List<String> queuedMessages(JdbcClient jdbc, String customerId) {
        return jdbc.sql("SELECT channel, template FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id").param(customerId)
                .query((row, n) -> row.getString("channel") + " " + row.getString("template")).list();
    }

    /** The parameters (JSON) of the customer's one outbox message from this template. */
    public static String messageParameters(JdbcClient jdbc, String customerId, String template) {
        return jdbc.sql("SELECT parameters FROM cvm.outbox_message WHERE customer_id = ? AND template = ?")
                .params(customerId, template).query(String.class).single();
    }

    /**
     * A cancellation request of the customer on record, as the intake keeps it, without the
     * cancellation journey it would start (tested on its own): for journeys that look back at it.
     */
    public static void cancellationRequested(JdbcClient jdbc, String customerId, Instant at) {
        jdbc.sql("""
                        INSERT INTO cvm.moment_event (event_id, customer_id, type, channel, occurred_at, received_at, data,
                                                      journey, process_instance_id, status)
                        VALUES (?, ?, 'CANCELLATION_REQUEST', 'CALL_CENTER', ?, ?, '{}', 'cancellation-winback', 'elsewhere', 'STARTED')""")
                .params("leave-" + customerId, customerId, Timestamp.from(at), Timestamp.from(at)).update();
    }

    private JourneyRecords() {
    }
}
