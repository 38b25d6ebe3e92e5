package io.cvmjourneys.changes;

import io.cvmjourneys.moments.Channel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * BPMN: task listener {@code ${recordChangeStep}} on complete of every person's task of the change
 * journey: the team's decision, findings and (for a channel) the day it can start go into the change's
 * history as the signed-in person's. A send-back's findings go to the manager who revises the change.
 */
@Component("recordChangeStep")
class RecordChangeStep implements TaskListener {

    private final ModelChangeTable table;
    private final Clock clock;

    RecordChangeStep(ModelChangeTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication who = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (who == null || who.getUserId() == null) {
            throw new IllegalStateException(task.getName() + " was completed by nobody signed in");
        }
        // the form's rules (required, at most 2,000 characters) were checked before this listener runs
        String decision = (String) task.getVariable(ChangeVariables.DECISION);
        String findings = ((String) task.getVariable(ChangeVariables.FINDINGS)).strip();
        // the team the person decided for: an escalated task is offered to the managers too
        List<String> offeredTo = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).sorted()
                .toList();
        String team = offeredTo.stream().filter(group -> who.getGroupIds() != null && who.getGroupIds().contains(group))
                .findFirst().orElse(offeredTo.isEmpty() ? "" : offeredTo.get(0));
        Object channelValue = task.getVariableLocal(ChangeVariables.APPROVAL_CHANNEL);
        Channel channel = channelValue == null ? null : Channel.valueOf(channelValue.toString());
        long changeId = ((Number) task.getVariable(ChangeVariables.CHANGE_ID)).longValue();
        table.addStep(changeId, team, channel, decision, findings, day(task.getVariable(ChangeVariables.STARTS_ON)),
                who.getUserId(), clock.instant());
        if (ChangeVariables.SEND_BACK.equals(decision)) {
            String before = (String) task.getVariable(ChangeVariables.SENT_BACK_FINDINGS);
            task.getExecution().setVariable(ChangeVariables.SENT_BACK_FINDINGS, (before == null || before.isEmpty() ? ""
                    : before + "\n") + team + (channel == null ? "" : " for " + channel) + " (" + who.getUserId() + "): "
                    + findings);
        }
        // the gateway after the task reads the decision; the next person's form opens empty, not with this one's
        task.getExecution().setVariable(ChangeVariables.LAST_DECISION, decision);
        task.getExecution().removeVariables(List.of(ChangeVariables.DECISION, ChangeVariables.FINDINGS,
                ChangeVariables.STARTS_ON));
    }

    private LocalDate day(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Date date ? LocalDate.ofInstant(date.toInstant(), clock.getZone())
                : LocalDate.parse(value.toString());
    }
}
