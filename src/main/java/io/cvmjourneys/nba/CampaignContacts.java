package io.cvmjourneys.nba;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.arbitration.ArbitrationCase;
import io.cvmjourneys.web.ApiException;
import io.cvmjourneys.web.Labels;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next-best-action pipeline for a one-off campaign: the manager chose the action, so the
 * candidate table proposes nothing; the same arbitration policies as every other decision decide
 * whether the customer may get it, channel by channel in the campaign's order, and the same ranking
 * keeps or cuts it. A dry run judges without writing; a contact is logged like any other decision
 * (one per channel tried, under the moment {@link MomentType#CAMPAIGN}), so its answer is recorded
 * against it like any other offer's.
 */
@Service
public class CampaignContacts {

    /**
     * The policies' verdict on one customer: the channel the action may go through (null: none) and the
     * decision that let it through; when none did, what removed it from the first channel.
     */
    public record Verdict(String customerId, Channel channel, String decisionId, Suppression refusal) {

        public boolean allowed() {
            return channel != null;
        }
    }

    private final ActionCatalog catalog;
    private final DecisionLog decisionLog;
    private final NextBestActionDecider decider;
    private final Clock clock;

    CampaignContacts(ActionCatalog catalog, DecisionLog decisionLog, Levers levers, Clock clock, Labels labels) {
        this.catalog = catalog;
        this.decisionLog = decisionLog;
        // the manager chose the action for everyone: nothing to rank it against, so no learned propensity
        this.decider = new NextBestActionDecider(levers::policies, () -> PropensitySnapshot.NONE,
                ArbitrationCase.Vocabulary.of(labels::of, labels::day));
        this.clock = clock;
    }

    /**
     * The action a campaign may send: in the catalog and not a notice (notices go out through the journeys
     * that owe them). Read once per batch or dry run, and handed to {@link #decide} and {@link #dryRun}.
     */
    public Action campaignAction(String actionId) {
        Action action = catalog.find(actionId).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "There is no action '" + actionId + "' in the catalog", "actionId"));
        if (action.isMandatory()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "\u201c" + action.name() + "\u201d is a notice the law or the"
                    + " contract requires: the journey that owes it sends it, not a campaign", "actionId");
        }
        return action;
    }

    /** The verdict for each customer, in order, writing nothing: what a launch would do at the instant. */
    public List<Verdict> dryRun(List<CustomerContext> customers, Action action, List<Channel> channels, String why,
                                Instant at) {
        Candidate candidate = candidate(action, why);
        ZonedDateTime then = at.atZone(clock.getZone());
        return customers.stream().map(context -> judge(context, candidate, channels, then, null)).toList();
    }

    /**
     * Decides the campaign's contact with each customer and logs every decision, in the caller's
     * transaction, under the campaign's reference (where the decision was presented).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Verdict> decide(List<CustomerContext> customers, Action action, List<Channel> channels, String why,
                                String campaign) {
        Candidate candidate = candidate(action, why);
        ZonedDateTime now = ZonedDateTime.now(clock);
        List<Logged> logged = new ArrayList<>();
        List<Verdict> verdicts = customers.stream().map(context -> judge(context, candidate, channels, now, logged)).toList();
        logged.forEach(entry -> decisionLog.record(entry.answer(), null, campaign, null, now.toInstant(), entry.context(),
                now.toLocalDate(), entry.decision().candidates(), entry.decision().inputs()));
        return verdicts;
    }

    /** How many of the campaign's offers got each answer so far (ACCEPTED, DECLINED, NO_ANSWER), and how many none yet. */
    public Map<String, Long> answers(String campaign) {
        return decisionLog.answersPresentedIn(campaign);
    }

    private record Logged(NextBestActions answer, CustomerContext context, NextBestActionDecider.Decision decision) {
    }

    /** @param log where the decisions to log go; null for a dry run */
    private Verdict judge(CustomerContext context, Candidate candidate, List<Channel> channels, ZonedDateTime now,
                          List<Logged> log) {
        Suppression firstRefusal = null;
        for (Channel channel : channels) {
            NextBestActionDecider.Decision decision = decider.decide(context, MomentType.CAMPAIGN, channel, now,
                    List.of(candidate), TableInputs.of(context, MomentType.CAMPAIGN, channel, null, now), Set.of());
            String decisionId = log == null ? null : UUID.randomUUID().toString();
            if (log != null) {
                log.add(new Logged(new NextBestActions(decisionId, context.customerId(), MomentType.CAMPAIGN, channel,
                        decision.chosen(), decision.arbitration().suppressed(), Map.of()), context, decision));
            }
            if (!decision.chosen().isEmpty()) {
                return new Verdict(context.customerId(), channel, decisionId, null);
            }
            if (firstRefusal == null) {
                firstRefusal = decision.arbitration().suppressed().stream().findFirst().orElse(new Suppression(
                        candidate.actionId(), "Ranking", "Ranked below the offers kept"));
            }
        }
        return new Verdict(context.customerId(), null, null, firstRefusal);
    }

    /** The manager chose the action for the whole segment: no table estimated a propensity, so it ranks on value alone. */
    private static Candidate candidate(Action action, String why) {
        return new Candidate(action, 1.0, action.value(), why);
    }
}
