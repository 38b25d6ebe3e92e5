package io.cvmjourneys.changes;

import io.cvmjourneys.engine.CompletedBy;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN: {@code ${closeWithdrawnChange}}. The manager withdrew the change after a send-back: it never goes live. */
@Component("closeWithdrawnChange")
class CloseWithdrawnChange implements JavaDelegate {

    private final ModelChangeTable table;
    private final Clock clock;

    CloseWithdrawnChange(ModelChangeTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long changeId = ((Number) execution.getVariable(ChangeVariables.CHANGE_ID)).longValue();
        table.close(changeId, ChangeStatus.WITHDRAWN, CompletedBy.of(execution, "The withdrawal"), clock.instant(),
                "Withdrawn after: " + execution.getVariable(ChangeVariables.SENT_BACK_FINDINGS));
        execution.setVariable(ChangeVariables.WITHDRAWN, true);
    }
}
