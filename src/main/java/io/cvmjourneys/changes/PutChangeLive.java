package io.cvmjourneys.changes;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: {@code ${putChangeLive}}, asynchronous (as the engine, after the approvals or the override):
 * applies the change and closes it, live or, when it could no longer be applied (the program moved
 * meanwhile), not applied with the reason. Its note says who approved it, or who overrode and why.
 */
@Component("putChangeLive")
class PutChangeLive implements JavaDelegate {

    static final String AUTOMATIC = "change journey";

    private final ModelChanges changes;
    private final ModelChangeTable table;
    private final Clock clock;

    PutChangeLive(ModelChanges changes, ModelChangeTable table, Clock clock) {
        this.changes = changes;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long changeId = ((Number) execution.getVariable(ChangeVariables.CHANGE_ID)).longValue();
        ModelChange change = table.find(changeId).orElseThrow();
        Object overriddenBy = execution.getVariable(ChangeVariables.OVERRIDDEN_BY);
        String note = "Change " + changeId + (overriddenBy != null ? ", approvals overridden by " + overriddenBy + ": "
                + execution.getVariable(ChangeVariables.OVERRIDE_REASON) : ", " + approvals(changeId));
        ChangeSubject.Applied applied = changes.subjectOf(change.kind()).apply(change, table.model(changeId), note);
        table.close(changeId, applied.live() ? ChangeStatus.LIVE : ChangeStatus.NOT_APPLIED,
                overriddenBy != null ? overriddenBy.toString() : AUTOMATIC, clock.instant(), applied.what());
        execution.setVariable(ChangeVariables.LIVE, applied.live());
    }

    /** The last approval of each team and channel: "approved by analyst (analytics-team), channel (channel-team, SMS)". */
    private String approvals(long changeId) {
        List<ChangeStep> steps = table.steps(changeId, 0);
        return "approved by " + steps.stream().filter(step -> ChangeVariables.APPROVE.equals(step.decision()))
                .filter(step -> steps.stream().noneMatch(later -> later.id() > step.id()
                        && later.team().equals(step.team()) && Objects.equals(later.channel(), step.channel())))
                .map(step -> step.decidedBy() + " (" + step.team() + (step.channel() == null ? "" : ", " + step.channel()) + ")")
                .collect(Collectors.joining(", "));
    }
}
