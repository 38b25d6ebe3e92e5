package io.cvmjourneys.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static io.cvmjourneys.channels.TestMessages.at;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TaskCandidates;
import io.cvmjourneys.testsupport.TeamTasks;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A channel's day over its capacity goes to the channel team before the night's queue goes out: they
 * hold the commercial overflow to the next day, or let the channel take the peak. SMS takes 6 a day
 * here, e-mail has no limit. Each test plans its own day (one check per channel and day).
 */
@ProcessTest
@TestPropertySource(properties = "cvm.channels.daily-capacity.SMS=6")
class ChannelVolumeProcessTest {

    @Autowired
    ChannelVolumes volumes;
    @Autowired
    OutboxTable outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    TeamTasks tasks;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;

    @Test
    void theChannelTeamHoldsTheLastQueuedOffersBeyondTheCapacityToTomorrowAndServiceMessagesStay() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        TestClock.pin(at(day, "06:00"));
        sent(day, "05:10", 2);
        List<Long> offers = List.of(queued(day, MessageKind.COMMERCIAL, "winback-offer", "21:40", -1),
                queued(day, MessageKind.COMMERCIAL, "winback-offer", "22:30", -1),
                queued(day, MessageKind.COMMERCIAL, "winback-offer", "23:10", -1),
                queued(day, MessageKind.COMMERCIAL, "device-upgrade-offer", "02:00", 0),
                queued(day, MessageKind.COMMERCIAL, "device-upgrade-offer", "03:00", 0));
        long survey = queued(day, MessageKind.SERVICE, "tnps-survey", "04:00", 0);
        queued(day.plusDays(1), MessageKind.COMMERCIAL, "winback-offer", "05:00", -1);
        for (int i = 0; i < 20; i++) {
            new TestMessages(outbox).queued("CUST-770000", Channel.EMAIL, MessageKind.COMMERCIAL, "winback-offer", at(day, "08:00"),
                    at(day, "05:00"));
        }

        assertThat(volumes.checkToday()).as("e-mail has no limit; tomorrow's offer is tomorrow's").containsExactly(Channel.SMS);
        assertThat(volumes.checkToday()).as("one check a channel and day").isEmpty();

        ProcessInstance check = checkOf(Channel.SMS, day);
        assertThat(check).isWaitingAt("Task_PlanDayOverCapacity");
        Task plan = tasks.openIn(check);
        assertThat(TaskCandidates.groups(taskService, plan)).containsExactly("channel-team");
        assertThat(taskService.getVariables(plan.getId()))
                .containsEntry("volumeSummary", "SMS on 2026-11-23: 2 sent, 6 queued, 8 in all against 6 it takes a day: 2 over.")
                .containsEntry("queuedSummary", "Commercial, can wait a day: 5 (device-upgrade-offer 2, winback-offer 3);"
                        + " Service, sent today: 1 (tnps-survey 1).");
        tasks.complete(plan, "channel", "channel-team",
                Map.of("volumeDecision", "HOLD_OVERFLOW", "volumeNote", "The gateway has no burst left this week"));

        assertThat(check).isEnded().hasPassed("Task_HoldOverflow", "EndEvent_OverflowHeld");
        assertThat(historic(check, "heldMessages")).isEqualTo(2L);
        assertThat(historic(check, "heldSummary")).isEqualTo("Held 2 commercial message(s) to 2026-11-24. Now: SMS on 2026-11-23:"
                + " 2 sent, 4 queued, 6 in all against 6 it takes a day: 0 over.");
        assertThat(notBefore(offers.get(4))).as("the last queued waits a day, at the same time")
                .isEqualTo(at(day.plusDays(1), "08:00"));
        assertThat(reason(offers.get(4))).isEqualTo("Held to 2026-11-24 by channel: SMS over its daily capacity");
        assertThat(notBefore(offers.get(3))).isEqualTo(at(day.plusDays(1), "08:00"));
        assertThat(notBefore(offers.get(2))).as("queued before the overflow: sent today").isEqualTo(at(day, "08:00"));
        assertThat(notBefore(survey)).as("a service message is never held").isEqualTo(at(day, "08:00"));
    }

    @Test
    void aPeakTheChannelTakesIsSentAsQueuedAndAnUndecidedDayEscalatesThenRunsAsQueued() {
        LocalDate taken = LocalDate.of(2026, 11, 24);
        TestClock.pin(at(taken, "06:00"));
        for (int i = 0; i < 7; i++) {
            queued(taken, MessageKind.COMMERCIAL, "winback-offer", "22:00", -1);
        }
        assertThat(volumes.checkToday()).containsExactly(Channel.SMS);
        ProcessInstance peak = checkOf(Channel.SMS, taken);
        tasks.complete(tasks.openIn(peak), "channel", "channel-team",
                Map.of("volumeDecision", "SEND_AS_QUEUED", "volumeNote", "The gateway bursts to 10 on Tuesdays"));
        assertThat(peak).isEnded().hasPassed("EndEvent_SentAsQueued").hasNotPassed("Task_HoldOverflow");
        assertThat(volumes.checkToday()).as("the day was planned: no second task for it").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.outbox_message WHERE reason LIKE 'Held%'").query(Long.class).single())
                .isZero();

        LocalDate undecided = LocalDate.of(2026, 11, 25);
        TestClock.pin(at(undecided, "06:00"));
        for (int i = 0; i < 7; i++) {
            queued(undecided, MessageKind.MANDATORY, "bill-notice", "05:00", 0);
        }
        assertThat(volumes.checkToday()).containsExactly(Channel.SMS);
        ProcessInstance late = checkOf(Channel.SMS, undecided);
        EngineClock.passTime(managementService, late.getId(), Duration.ofHours(2));
        assertThat(late).hasPassed("EndEvent_PlanEscalated");
        assertThat(TaskCandidates.groups(taskService, tasks.openIn(late))).contains("channel-team", "cvm-managers");
        EngineClock.passTime(managementService, late.getId(), Duration.ofHours(16));
        assertThat(late).isEnded().hasPassed("EndEvent_DayOver");
    }

    private void sent(LocalDate day, String time, int messages) {
        new TestMessages(outbox).sent("CUST-770000", Channel.SMS, MessageKind.SERVICE, "tnps-survey", at(day, time), messages);
    }

    /** A pending SMS queued at that time (the day before when {@code dayOffset} is −1), due at 08:00 of the day. */
    private long queued(LocalDate day, MessageKind kind, String template, String queuedAt, int dayOffset) {
        return new TestMessages(outbox).queued("CUST-770000", Channel.SMS, kind, template, at(day, "08:00"),
                at(day.plusDays(dayOffset), queuedAt));
    }

    private Instant notBefore(long id) {
        return jdbc.sql("SELECT not_before FROM cvm.outbox_message WHERE id = ?").param(id).query(Timestamp.class).single()
                .toInstant();
    }

    private String reason(long id) {
        return jdbc.sql("SELECT reason FROM cvm.outbox_message WHERE id = ?").param(id).query(String.class).single();
    }

    private Object historic(ProcessInstance process, String name) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(process.getId()).variableName(name)
                .singleResult().getValue();
    }

    private ProcessInstance checkOf(Channel channel, LocalDate day) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ChannelVolumes.PROCESS + ":" + channel + ":" + day).singleResult();
    }
}
