package io.cvmjourneys.channels;

import io.cvmjourneys.engine.CompletedBy;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Channel;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: {@code ${holdChannelOverflow}}. The channel team chose to hold the day's overflow: the
 * last-queued commercial messages beyond the capacity wait a day, counted as the day stands when
 * the team decided (messages sent meanwhile are not called back).
 */
@Component("holdChannelOverflow")
class HoldChannelOverflow implements JavaDelegate {

    private final ChannelVolumes volumes;

    HoldChannelOverflow(ChannelVolumes volumes) {
        this.volumes = volumes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Channel channel = Channel.valueOf(JourneySteps.required(execution, ChannelVolumes.CHANNEL));
        LocalDate day = LocalDate.parse(JourneySteps.required(execution, ChannelVolumes.DAY));
        ChannelVolumes.Held held = volumes.holdOverflow(channel, day,
                CompletedBy.of(execution, "The hold of " + channel + "'s overflow"));
        execution.setVariable(ChannelVolumes.HELD, (long) held.messages());
        execution.setVariable(ChannelVolumes.HELD_SUMMARY, held.summary());
    }
}
