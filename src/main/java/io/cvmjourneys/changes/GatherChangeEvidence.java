package io.cvmjourneys.changes;

import io.cvmjourneys.channels.ChannelCapacities;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.LeverSet;
import io.cvmjourneys.nba.Levers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: {@code ${gatherChangeEvidence}}. Opens a round of approvals: the evidence analytics reviews,
 * and for each channel the change touches (those the proposer named and those the evidence finds),
 * what the channel team needs to judge it: the volume, what the channel takes a day, the quiet hours
 * and the contact cap the messages keep.
 */
@Component("gatherChangeEvidence")
class GatherChangeEvidence implements JavaDelegate {

    private final ModelChanges changes;
    private final ModelChangeTable table;
    private final Levers levers;
    private final ChannelCapacities capacities;
    private final Clock clock;

    GatherChangeEvidence(ModelChanges changes, ModelChangeTable table, Levers levers, ChannelCapacities capacities, Clock clock) {
        this.changes = changes;
        this.table = table;
        this.levers = levers;
        this.capacities = capacities;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(ChangeVariables.CHANGE_ID)).longValue();
        ModelChange change = table.find(id).orElseThrow();
        ChangeSubject.Evidence evidence = changes.subjectOf(change.kind()).evidence(change, table.model(id));
        Map<Channel, String> channels = new TreeMap<>();
        evidence.touched().forEach((channel, text) -> {
            if (ModelChanges.CHANNEL_TEAM_CHANNELS.contains(channel)) {
                channels.put(channel, text);
            }
        });
        change.channels().forEach(channel -> channels.putIfAbsent(channel, "Named by " + change.proposedBy() + ". "
                + evidence.figures().getOrDefault(channel, "The evidence has no figures for this channel.")));
        LeverSet now = levers.current().levers();
        channels.forEach((channel, text) -> execution.setVariable(ChangeVariables.CHANNEL_EVIDENCE_PREFIX + channel.name(),
                text + "\n" + rules(channel, now)));
        List<String> summary = new ArrayList<>();
        summary.add(evidence.summary());
        summary.add(channels.isEmpty() ? "No channel of the channel team is touched: no channel approval."
                : "Channels the channel team approves: " + channels.keySet().stream().map(Channel::name)
                .collect(Collectors.joining(", ")) + ".");
        execution.setVariable(ChangeVariables.EVIDENCE, String.join("\n", summary));
        execution.setVariable(ChangeVariables.APPROVAL_CHANNELS, channels.keySet().stream().map(Channel::name)
                .collect(Collectors.joining(",")));
        execution.setVariable(ChangeVariables.CHANNELS_TO_APPROVE, channels.size());
        execution.setVariable(ChangeVariables.ROUND_FIRST_STEP, table.nextStepId());
        execution.setVariable(ChangeVariables.SENT_BACK_FINDINGS, "");
        execution.setVariable(ChangeVariables.GO_LIVE_AT, goLiveAt(change.notBefore(), clock));
    }

    private String rules(Channel channel, LeverSet now) {
        List<String> rules = new ArrayList<>();
        rules.add(capacities.perDay(channel).stream().mapToObj(capacity -> "The channel takes " + capacity + " a day.")
                .findFirst().orElse("No daily capacity is set for this channel."));
        if (now.weeklyCaps().containsKey(channel)) {
            rules.add("At most " + now.weeklyCaps().get(channel) + " contacts per customer in 7 days on this channel.");
        }
        if (channel != Channel.APP && channel != Channel.WEB) {
            rules.add("Quiet hours " + now.quietFrom() + " to " + now.quietUntil() + " (unless a customer set their own):"
                    + " messages wait them out.");
        }
        if (channel == Channel.SMS) {
            rules.add("An SMS over 160 characters (70 with characters outside the GSM alphabet) is billed as several.");
        }
        return String.join(" ", rules);
    }

    /** The start of the day in the clock's zone; now, when no day is given or it has come. */
    static Date goLiveAt(LocalDate notBefore, Clock clock) {
        return Date.from(notBefore == null || !notBefore.isAfter(LocalDate.now(clock)) ? clock.instant()
                : notBefore.atStartOfDay(clock.getZone()).toInstant());
    }
}
