package io.cvmjourneys.campaigns;

import io.cvmjourneys.channels.OutboxDispatcher;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.engine.PastReplay;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: the campaigns of the last weeks, run through the product in the past (see
 * {@link PastReplay}) as the journeys' history is: one sent to the end three weeks ago, with its
 * customers' answers; one the manager stopped mid-way last week; and one the manager prepared
 * yesterday, waiting for a second manager to approve its launch. Once only: a database with a
 * campaign is left alone. Runs after the journeys' history, before the job executor starts.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "cvm.demo.history", name = "enabled", matchIfMissing = true)
@Order(45)
class DemoCampaigns implements ApplicationRunner {

    static final String MANAGER = "manager";
    static final String SECOND_MANAGER = "admin";
    private static final long SEED = 20261204L;
    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    private final Campaigns campaigns;
    private final CampaignTable table;
    private final ManagementService managementService;
    private final OutboxDispatcher outbox;
    private final NextBestActionService nextBestActions;
    private final Clock clock;

    DemoCampaigns(Campaigns campaigns, CampaignTable table, ManagementService managementService, OutboxDispatcher outbox,
                  NextBestActionService nextBestActions, Clock clock) {
        this.campaigns = campaigns;
        this.table = table;
        this.managementService = managementService;
        this.outbox = outbox;
        this.nextBestActions = nextBestActions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!campaigns.all().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        try (PastReplay replay = PastReplay.from(at(today.minusDays(22), 9, 0), clock)) {
            Campaign sent = launch(replay, today.minusDays(21), new CampaignDraft("Unlimited for loyal contract customers",
                    "PLAN_UPGRADE", List.of(Channel.EMAIL, Channel.SMS), new Audience(List.of(Segment.HIGH_VALUE),
                    List.of(CustomerType.POSTPAID), List.of("MOBILE"), List.of(), 24, null, null, null, null, true),
                    "after two years with us, our Unlimited plan is yours for the price of Plus until March. Reply YES"
                            + " or change it in the app.", 10, at(today.minusDays(20), 10, 0), 20));
            sendUntil(replay, sent, Long.MAX_VALUE);
            answer(replay, sent, at(today.minusDays(18), 12, 0));

            Campaign stopped = launch(replay, today.minusDays(9), new CampaignDraft("Roaming pass for winter trips",
                    "ROAMING_PASS", List.of(Channel.SMS, Channel.PUSH), new Audience(List.of(Segment.VIP, Segment.HIGH_VALUE),
                    List.of(), List.of("MOBILE"), List.of(), null, null, null, null, null, true),
                    "travelling this winter? A roaming pass covers data, calls and texts abroad at one price.", 0,
                    at(today.minusDays(8), 11, 0), 5));
            sendUntil(replay, stopped, 3 * stopped.draft().perMinute());
            replay.moveTo(replay.now().plus(Duration.ofMinutes(1)));
            campaigns.stop(stopped.id(), MANAGER, "The pass price in the message is last year's");

            replay.moveTo(at(today.minusDays(1), 16, 30));
            campaigns.define(new CampaignDraft("Refer a friend: long-standing customers", "REFER_A_FRIEND",
                    List.of(Channel.EMAIL, Channel.PUSH), new Audience(List.of(), List.of(), List.of(), List.of(), 36, null,
                    null, null, null, true), "you have been with us for years: bring a friend and you both get a credit"
                    + " on your next bill.", 10, at(today.plusDays(2), 10, 0), 100), MANAGER,
                    "The referral program's first push; the credit is agreed with finance");
            CampaignTally sentTally = campaigns.tally(sent.id());
            log.info("Demo campaigns: \u201c{}\u201d went to {} customers ({} suppressed by a policy, {} held out);"
                    + " \u201c{}\u201d stopped after {}; one waits for a second manager's approval", sent.name(),
                    sentTally.queued(), sentTally.suppressed(), sentTally.heldOut(), stopped.name(), handled(stopped));
        }
    }

    /** Prepared by the manager in the morning, approved by a second manager before noon. */
    private Campaign launch(PastReplay replay, LocalDate day, CampaignDraft draft) {
        replay.moveTo(at(day, 9, 15));
        Campaign prepared = campaigns.define(draft, MANAGER, "Agreed in the weekly CVM review");
        replay.moveTo(at(day, 11, 40));
        return campaigns.approve(prepared.id(), prepared.version(), SECOND_MANAGER, "Audience, message and dry run checked");
    }

    /**
     * Runs the campaign's steps as the job executor would, sending what falls due, until it ends or has
     * handled {@code customers} of its audience.
     */
    private void sendUntil(PastReplay replay, Campaign campaign, long customers) {
        for (Optional<Job> next = nextJob(campaign); next.isPresent() && handled(campaign) < customers; next = nextJob(campaign)) {
            replay.moveTo(next.get().getDuedate().toInstant());
            managementService.executeJob(next.get().getId());
            while (outbox.dispatchDue() > 0) {
                // each round sends one outbox batch
            }
        }
    }

    private long handled(Campaign campaign) {
        CampaignTally tally = campaigns.tally(campaign.id());
        return tally.queued() + tally.suppressed();
    }

    private Optional<Job> nextJob(Campaign campaign) {
        return managementService.createJobQuery().processInstanceId(table.find(campaign.id()).orElseThrow().processInstanceId())
                .orderByJobDuedate().asc().listPage(0, 1).stream().findFirst();
    }

    /** Some of the customers answer within two days: a few take the offer, more decline, most say nothing. */
    private void answer(PastReplay replay, Campaign campaign, Instant by) {
        replay.moveTo(by);
        SplittableRandom random = new SplittableRandom(SEED);
        for (String decisionId : table.decisionsQueued(campaign.id())) {
            int draw = random.nextInt(100);
            if (draw < 30) {
                nextBestActions.recordOutcome(decisionId, campaign.draft().actionId(), draw < 9 ? Outcome.ACCEPTED
                        : Outcome.DECLINED, "customer");
            }
        }
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(clock.getZone()).toInstant();
    }
}
