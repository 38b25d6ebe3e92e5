package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.sql.Timestamp;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outcome of every step of a dunning ladder ({@code cvm.collection_step}): what the KPIs count
 * (reminders, promises made and kept, plans, barrings, cures). Once per step instance and kind: a
 * step the journey passes again (a second promise) is a new activity instance and a new row.
 */
@Repository
class CollectionSteps {

    private final JdbcClient jdbc;
    private final Clock clock;

    CollectionSteps(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(DelegateExecution execution, String step, String outcome, String detail) {
        String reference = execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId() + ":" + step;
        jdbc.sql("""
                        INSERT INTO cvm.collection_step (reference, process_instance_id, customer_id, invoice_id, step,
                                                         outcome, detail, recorded_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS
                          (SELECT 1 FROM cvm.collection_step WHERE reference = ?)""")
                .params(reference, execution.getProcessInstanceId(),
                        JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                        JourneySteps.required(execution, DelinquencyVariables.INVOICE_ID), step, outcome, detail,
                        Timestamp.from(clock.instant()), reference)
                .update();
    }
}
