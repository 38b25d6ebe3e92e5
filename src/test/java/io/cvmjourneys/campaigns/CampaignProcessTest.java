package io.cvmjourneys.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.channels.OutboxDispatcher;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestCustomers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The campaign process and its launch: a second manager's approval, the wait for the send time,
 * batches under the rate, the NBA policies on every contact, and a stop mid-way after which nothing
 * goes out. Each test's customers live in their own postcode area, which is the test's segment.
 * Today is Monday 23 November 2026, 09:00.
 */
@ProcessTest
class CampaignProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    Campaigns campaigns;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void pinTheClock() {
        TestClock.pin(MONDAY_NINE);
    }

    @Test
    void shouldWaitForTheSendTimeThenSendOneMessageToEachCustomerInBatchesUnderTheRate() {
        List<String> audience = customers("QA", 5, true);
        customers("QA", 2, false);
        Campaign campaign = campaigns.define(draft("QA", 2, 0, MONDAY_NINE.plus(Duration.ofHours(1))), "manager", "Winter push");
        Campaign approved = campaigns.approve(campaign.id(), 1, "admin", "Looks right");

        ProcessInstance process = process(approved);
        BpmnAwareTests.assertThat(process).isWaitingAt("TimerEvent_SendTimeReached");
        assertThat(approved.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(messages("QA")).isEmpty();

        EngineClock.passTime(managementService, process.getId(), Duration.ofHours(1));
        BpmnAwareTests.assertThat(process).isWaitingAt("TimerEvent_RateAllowsNextBatch");
        assertThat(messages("QA")).hasSize(2);
        assertThat(campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.SENDING);

        EngineClock.passTime(managementService, process.getId(), Duration.ofSeconds(59));
        assertThat(messages("QA")).as("the rate holds the next batch for a minute").hasSize(2);
        EngineClock.passTime(managementService, process.getId(), Duration.ofSeconds(1));
        assertThat(messages("QA")).hasSize(4);
        EngineClock.passTime(managementService, process.getId(), Duration.ofMinutes(1));

        BpmnAwareTests.assertThat(process).isEnded().hasPassed("EndEvent_CampaignSent");
        assertThat(messages("QA")).as("one offer by e-mail to each consenting customer, none twice")
                .containsExactlyInAnyOrderElementsOf(audience.stream().map(id -> id + " EMAIL PLAN_UPGRADE").toList());
        assertThat(campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.SENT);
        CampaignTally tally = campaigns.tally(campaign.id());
        assertThat(tally.audience()).isEqualTo(5);
        assertThat(tally.queued()).isEqualTo(5);
        assertThat(tally.messages()).containsExactly(new CampaignTally.Count("PENDING", 5));
        assertThat(tally.answers()).containsExactly(new CampaignTally.Count("NONE", 5));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_decision WHERE presented_in = ? AND moment = 'CAMPAIGN'")
                .param("campaign:" + campaign.id()).query(Long.class).single()).as("each contact a logged decision").isEqualTo(5);
        assertThat(campaigns.history(campaign.id())).extracting(CampaignChange::status).containsExactly(
                CampaignStatus.SENT, CampaignStatus.SENDING, CampaignStatus.SCHEDULED, CampaignStatus.DRAFT);
    }

    @Test
    void shouldPauseForTheQuietHoursAndSendTheRestWhenTheyEnd() {
        Instant eveningLate = Instant.parse("2026-11-23T20:58:30Z"); // London is on UTC in November
        TestClock.pin(eveningLate);
        customers("QH", 5, true);
        Campaign campaign = campaigns.define(draft("QH", 2, 0, eveningLate), "manager", "Evening push");
        DryRun atTen = campaigns.dryRun(campaigns.define(draft("QH", 2, 0, eveningLate.plus(Duration.ofHours(1))), "manager",
                "Later push").id());
        assertThat(atTen.waitingOutQuietHours()).as("judged at its send time, 21:58").isEqualTo(5);
        assertThat(atTen.reached()).isZero();
        assertThat(atTen.suppressedBy()).isEmpty();
        assertThat(campaigns.dryRun(campaign.id()).reached()).isEqualTo(5);
        ProcessInstance process = process(campaigns.approve(campaign.id(), 1, "admin", "Go"));
        EngineClock.runDueJobs(managementService, process.getId());
        EngineClock.passTime(managementService, process.getId(), Duration.ofMinutes(1));
        assertThat(messages("QH")).hasSize(4);

        EngineClock.passTime(managementService, process.getId(), Duration.ofMinutes(1));
        BpmnAwareTests.assertThat(process).isWaitingAt("TimerEvent_RateAllowsNextBatch");
        assertThat(messages("QH")).as("21:00:30 is within the quiet hours: the last customer waits").hasSize(4);
        CampaignTally tally = campaigns.tally(campaign.id());
        assertThat(tally.waiting()).isEqualTo(1);
        assertThat(tally.suppressed()).as("nobody lost to the quiet hours").isZero();

        EngineClock.passTime(managementService, process.getId(), Duration.ofHours(10).plusMinutes(59));
        assertThat(messages("QH")).as("still 07:59:30").hasSize(4);
        EngineClock.passTime(managementService, process.getId(), Duration.ofMinutes(1));
        BpmnAwareTests.assertThat(process).isEnded().hasPassed("EndEvent_CampaignSent");
        assertThat(messages("QH")).hasSize(5);
        assertThat(campaigns.tally(campaign.id()).queued()).isEqualTo(5);
    }

    @Test
    void shouldStopMidWayWithdrawingWhatTheOutboxHasNotSentAndSendNothingAfter() {
        customers("QB", 6, true);
        Campaign campaign = campaigns.define(draft("QB", 2, 0, MONDAY_NINE), "manager", "Winter push");
        ProcessInstance process = process(campaigns.approve(campaign.id(), 1, "admin", "Go"));
        EngineClock.runDueJobs(managementService, process.getId());
        sendEverythingDue();
        EngineClock.passTime(managementService, process.getId(), Duration.ofMinutes(1));
        assertThat(statuses("QB")).containsExactlyInAnyOrder("SENT", "SENT", "PENDING", "PENDING");

        Campaign stopped = campaigns.stop(campaign.id(), "manager", "Wrong price in the message");

        BpmnAwareTests.assertThat(process).isEnded().hasPassed("EndEvent_NothingMoreSent");
        assertThat(stopped.status()).isEqualTo(CampaignStatus.STOPPED);
        assertThat(statuses("QB")).containsExactlyInAnyOrder("SENT", "SENT", "SUPPRESSED", "SUPPRESSED");
        sendEverythingDue();
        assertThat(statuses("QB")).as("nothing goes out after the stop").containsExactlyInAnyOrder("SENT", "SENT",
                "SUPPRESSED", "SUPPRESSED");
        CampaignTally tally = campaigns.tally(campaign.id());
        assertThat(tally.stopped()).isEqualTo(2);
        assertThat(tally.messages()).containsExactly(new CampaignTally.Count("SENT", 2),
                new CampaignTally.Count("SUPPRESSED", 2));
        Refusals.assertRefused(() -> campaigns.stop(campaign.id(), "manager", "Again"), HttpStatus.CONFLICT, "status",
                "nothing left to stop");
    }

    @Test
    void shouldStopBeforeTheSendTimeWithNothingSent() {
        customers("QC", 3, true);
        Campaign campaign = campaigns.define(draft("QC", 100, 0, MONDAY_NINE.plus(Duration.ofDays(1))), "manager", "Push");
        ProcessInstance process = process(campaigns.approve(campaign.id(), 1, "admin", "Go"));

        campaigns.stop(campaign.id(), "admin", "Postponed to January");
        EngineClock.passTime(managementService, process.getId(), Duration.ofDays(2));

        BpmnAwareTests.assertThat(process).isEnded().hasPassed("EndEvent_NothingMoreSent");
        assertThat(messages("QC")).isEmpty();
        assertThat(campaigns.tally(campaign.id()).stopped()).isEqualTo(3);
    }

    @Test
    void shouldLetThePoliciesDecideEachContactAsTheDryRunForetold() {
        List<String> audience = customers("QD", 4, true);
        jdbc.sql("""
                        INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on)
                        VALUES ('INV-QD', ?, 58, ?, ?)""")
                .params(audience.get(0), TestClock.today().minusDays(50), TestClock.today().minusDays(36)).update();
        jdbc.sql("""
                        INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at)
                        VALUES ('CMP-QD', ?, 'CALL_CENTER', 'BILLING', 'Charged twice', ?)""")
                .params(audience.get(1), java.sql.Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(1)))).update();
        Campaign campaign = campaigns.define(draft("QD", 100, 0, MONDAY_NINE), "manager", "Push");

        DryRun dryRun = campaigns.dryRun(campaign.id());
        ProcessInstance process = process(campaigns.approve(campaign.id(), 1, "admin", "Go"));
        EngineClock.runDueJobs(managementService, process.getId());

        assertThat(dryRun.audience()).isEqualTo(4);
        assertThat(dryRun.reached()).isEqualTo(2);
        assertThat(dryRun.suppressedBy()).extracting(DryRun.Suppressed::customers).containsOnly(1L).hasSize(2);
        CampaignTally tally = campaigns.tally(campaign.id());
        assertThat(tally.queued()).isEqualTo(dryRun.reached());
        assertThat(tally.suppressedBy()).extracting(CampaignTally.Count::label)
                .containsExactlyInAnyOrderElementsOf(dryRun.suppressedBy().stream().map(DryRun.Suppressed::policy).toList());
        assertThat(messages("QD")).containsExactlyInAnyOrder(audience.get(2) + " EMAIL PLAN_UPGRADE",
                audience.get(3) + " EMAIL PLAN_UPGRADE");
    }

    @Test
    void shouldHoldOutTheControlGroupAndNeverContactIt() {
        List<String> audience = customers("QE", 30, true);
        Campaign campaign = campaigns.define(draft("QE", 100, 30, MONDAY_NINE), "manager", "Push");
        ProcessInstance process = process(campaigns.approve(campaign.id(), 1, "admin", "Go"));
        EngineClock.runDueJobs(managementService, process.getId());

        CampaignTally tally = campaigns.tally(campaign.id());
        assertThat(tally.heldOut()).isBetween(1L, 29L);
        assertThat(tally.queued() + tally.heldOut()).isEqualTo(audience.size());
        assertThat(messages("QE")).hasSize((int) tally.queued());
        BpmnAwareTests.assertThat(process).isEnded();
    }

    @Test
    void shouldLaunchOnlyWithASecondManagersApprovalOfTheVersionTheyRead() {
        customers("QF", 2, true);
        customers("QG", 2, false);
        Campaign campaign = campaigns.define(draft("QF", 10, 0, MONDAY_NINE), "manager", "Push");

        Refusals.assertRefused(() -> campaigns.approve(campaign.id(), 1, "manager", "Mine"), HttpStatus.CONFLICT, "status",
                "second manager");
        campaigns.change(campaign.id(), 1, draft("QF", 20, 0, MONDAY_NINE), "admin", "Slower");
        Refusals.assertRefused(() -> campaigns.approve(campaign.id(), 1, "manager", "Go"), HttpStatus.CONFLICT, "version",
                "admin changed");
        Refusals.assertBadRequest(() -> campaigns.define(draft("QG", 10, 0, MONDAY_NINE), "manager", "Push"), "audience",
                "No customer of this segment agreed to marketing messages");
        assertThat(messages("QF")).as("nothing sent before approval").isEmpty();

        Campaign approved = campaigns.approve(campaign.id(), 2, "manager", "Go");
        assertThat(approved.status()).isEqualTo(CampaignStatus.SCHEDULED);
        Refusals.assertRefused(() -> campaigns.change(campaign.id(), 3, draft("QF", 30, 0, MONDAY_NINE), "manager", "Later"),
                HttpStatus.CONFLICT, "status", "only a draft");
    }

    private CampaignDraft draft(String area, int perMinute, int holdoutPercent, Instant sendFrom) {
        return new CampaignDraft("Plan upgrade for " + area, "PLAN_UPGRADE", List.of(Channel.EMAIL),
                new Audience(List.of(Segment.HIGH_VALUE), List.of(), List.of("MOBILE"), List.of(area), 12, null, null, null,
                        null, true),
                "our Unlimited plan is yours for the price of Plus until March.", holdoutPercent, sendFrom, perMinute);
    }

    /** Customers of the area, with marketing consent by e-mail or without any. */
    private List<String> customers(String area, int count, boolean consenting) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> {
            String id = TestCustomers.loyalHighValue(jdbc, "CAMP-" + area + (consenting ? "Y" : "N") + n, area);
            jdbc.sql("UPDATE cvm.customer SET email = ? WHERE id = ?").params(id.toLowerCase() + "@example.com", id).update();
            if (consenting) {
                TestCustomers.consents(jdbc, id, "MARKETING", "EMAIL");
            }
            return id;
        }).toList();
    }

    /** Other tests' messages share the outbox: rounds until none is due. */
    private void sendEverythingDue() {
        while (dispatcher.dispatchDue() > 0) {
            // each round takes one batch
        }
    }

    private ProcessInstance process(Campaign campaign) {
        return runtime.createProcessInstanceQuery().processInstanceId(campaign.processInstanceId()).singleResult();
    }

    private List<String> messages(String area) {
        return jdbc.sql("""
                        SELECT customer_id || ' ' || channel || ' ' || action_id FROM cvm.outbox_message
                        WHERE customer_id LIKE ? ORDER BY id""")
                .param("CAMP-" + area + "%").query(String.class).list();
    }

    private List<String> statuses(String area) {
        return jdbc.sql("SELECT status FROM cvm.outbox_message WHERE customer_id LIKE ? ORDER BY id")
                .param("CAMP-" + area + "%").query(String.class).list();
    }
}
