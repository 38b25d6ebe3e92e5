package io.cvmjourneys.changes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: {@code ${weighChannelApprovals}}. After every channel answered: the change goes on only if
 * each approved it, and not before the latest day a channel can start.
 */
@Component("weighChannelApprovals")
class WeighChannelApprovals implements JavaDelegate {

    private final ModelChangeTable table;
    private final Clock clock;

    WeighChannelApprovals(ModelChangeTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long changeId = ((Number) execution.getVariable(ChangeVariables.CHANGE_ID)).longValue();
        long roundFirstStep = ((Number) execution.getVariable(ChangeVariables.ROUND_FIRST_STEP)).longValue();
        List<ChangeStep> answers = table.steps(changeId, roundFirstStep).stream().filter(step -> step.channel() != null)
                .toList();
        execution.setVariable(ChangeVariables.CHANNELS_APPROVED,
                answers.stream().allMatch(step -> ChangeVariables.APPROVE.equals(step.decision())));
        Date goLiveAt = (Date) execution.getVariable(ChangeVariables.GO_LIVE_AT);
        LocalDate latestStart = answers.stream().map(ChangeStep::startsOn).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
        if (latestStart != null) {
            Date channelsStart = Date.from(latestStart.atStartOfDay(clock.getZone()).toInstant());
            execution.setVariable(ChangeVariables.GO_LIVE_AT, channelsStart.after(goLiveAt) ? channelsStart : goLiveAt);
        }
    }
}
