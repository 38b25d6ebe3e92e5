package io.cvmjourneys.channels;

import io.cvmjourneys.moments.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channel team's daily volume check (bpmn/channel-volume.bpmn): each morning, before quiet hours
 * end, every channel whose day — sent so far and queued until midnight — is more than it takes a day
 * ({@code cvm.channels.daily-capacity}) gets a task with the day's figures. The team holds the overflow
 * to the next day, or lets the channel take the peak. Only commercial messages wait a day: service and
 * mandatory messages (a confirmation, a bill notice) go out when due. One check per channel and day.
 */
@Service
public class ChannelVolumes {

    static final String PROCESS = "channel-volume";
    static final String CHANNEL = "volumeChannel";
    static final String DAY = "volumeDay";
    static final String DAY_END = "volumeDayEnd";
    static final String SUMMARY = "volumeSummary";
    static final String QUEUED = "queuedSummary";
    static final String HELD = "heldMessages";
    static final String HELD_SUMMARY = "heldSummary";

    private final OutboxTable outbox;
    private final ChannelCapacities capacities;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;

    ChannelVolumes(OutboxTable outbox, ChannelCapacities capacities, RuntimeService runtime, HistoryService history,
                   Clock clock) {
        this.outbox = outbox;
        this.capacities = capacities;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
    }

    /** Opens today's task for every channel over its capacity that has none; answers those channels. */
    public List<Channel> checkToday() {
        LocalDate today = LocalDate.now(clock);
        List<Channel> over = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            capacities.perDay(channel).ifPresent(capacity -> {
                DayVolume volume = volume(channel, today, capacity);
                if (volume.overflow() > 0 && open(volume)) {
                    over.add(channel);
                }
            });
        }
        return over;
    }

    /** What a hold did: the messages it moved, and the day as it stands after. */
    record Held(int messages, DayVolume after) {

        String summary() {
            return "Held %d commercial message(s) to %s. Now: %s".formatted(messages, after.day().plusDays(1), after.summary());
        }
    }

    /**
     * Holds the last-queued commercial messages of the day beyond the channel's capacity to the same
     * time the next day, as the day stands now.
     */
    @Transactional
    Held holdOverflow(Channel channel, LocalDate day, String by) {
        int capacity = capacities.perDay(channel).orElseThrow();
        DayVolume volume = volume(channel, day, capacity);
        if (volume.overflow() == 0) {
            return new Held(0, volume);
        }
        Instant now = clock.instant();
        LocalDate nextDay = day.plusDays(1);
        String reason = "Held to " + nextDay + " by " + by + ": " + channel + " over its daily capacity";
        Map<Long, Instant> held = outbox.lockLastQueued(channel, MessageKind.COMMERCIAL, end(day),
                (int) Math.min(Integer.MAX_VALUE, volume.overflow()));
        held.forEach((id, due) -> outbox.postpone(id, (due.isBefore(now) ? now : due).atZone(clock.getZone()).plusDays(1)
                .toInstant(), reason));
        return new Held(held.size(), volume(channel, day, capacity));
    }

    DayVolume volume(Channel channel, LocalDate day, int capacity) {
        Instant start = day.atStartOfDay(clock.getZone()).toInstant();
        return new DayVolume(channel, day, outbox.sentBetween(channel, start, end(day)), outbox.pendingBefore(channel, end(day)),
                capacity);
    }

    private boolean open(DayVolume volume) {
        String key = PROCESS + ":" + volume.channel() + ":" + volume.day();
        // a check decided earlier the same day counts too: one per channel and day
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(key).count() > 0) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CHANNEL, volume.channel().name());
        variables.put(DAY, volume.day().toString());
        variables.put(DAY_END, Date.from(end(volume.day())));
        variables.put(SUMMARY, volume.summary());
        variables.put(QUEUED, volume.queuedSummary());
        runtime.startProcessInstanceByKey(PROCESS, key, variables);
        return true;
    }

    private Instant end(LocalDate day) {
        ZonedDateTime nextMidnight = day.plusDays(1).atStartOfDay(clock.getZone());
        return nextMidnight.toInstant();
    }
}
