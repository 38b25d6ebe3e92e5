package io.cvmjourneys.nba;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.arbitration.ArbitrationCase;
import io.cvmjourneys.web.ApiException;
import io.cvmjourneys.web.Labels;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next-best-action pipeline, the same for agents, digital channels and journeys: read the
 * customer's context, decide, log the decision with its explanation; later, record the customer's
 * answer (and the contact it was).
 */
@Service
public class NextBestActionService {

    private final CustomerDirectory customers;
    private final ActionCatalog catalog;
    private final DeployedCandidateTable candidateTable;
    private final NextBestActionDecider decider;
    private final DecisionLog decisionLog;
    private final Levers levers;
    private final Clock clock;
    private final MeterRegistry meters;

    NextBestActionService(CustomerDirectory customers, ActionCatalog catalog, DeployedCandidateTable candidateTable,
                          DecisionLog decisionLog, Levers levers, LearnedPropensities learned, Clock clock, Labels labels,
                          MeterRegistry meters) {
        this.customers = customers;
        this.catalog = catalog;
        this.candidateTable = candidateTable;
        this.decider = new NextBestActionDecider(levers::policies, learned::inForce,
                ArbitrationCase.Vocabulary.of(labels::of, labels::day));
        this.decisionLog = decisionLog;
        this.levers = levers;
        this.clock = clock;
        this.meters = meters;
    }

    /** Under decision versions: the learned propensities' version the ranking used, if any. */
    public static final String LEARNED_PROPENSITIES = "learned-propensities";

    /** How long offers shown again at the same place stay one presentation: an agent's working shift. */
    static final Duration PRESENTATION_WINDOW = Duration.ofHours(8);

    /** @param journeyStep the journey's step when a journey asks (e.g. RETENTION, WINBACK); null otherwise */
    @Transactional
    public NextBestActions decide(String customerId, MomentType moment, Channel channel, String journeyStep) {
        return decide(context(customerId), moment, channel, journeyStep, null, null);
    }

    /**
     * The decision an agent's page shows. {@code presentedIn} names the place (a task; a customer page
     * and the agent looking at it): the same offers shown there again within the window are the same
     * presentation, so the logged decision is reused and a page opened three times counts its offers
     * once; when the offers change, it is a new decision.
     */
    @Transactional
    public NextBestActions present(String customerId, MomentType moment, Channel channel, String presentedIn) {
        return decide(context(customerId), moment, channel, null, presentedIn, null);
    }

    /** A decision a journey asks for at one of its steps: the asking journey counts as running, saved yet or not. */
    @Transactional
    public NextBestActions decideInJourney(String customerId, MomentType moment, Channel channel, String journeyStep,
                                           ActiveJourney journey) {
        return decide(context(customerId).seenFrom(journey), moment, channel, journeyStep, null, journey.processInstanceId());
    }

    private CustomerContext context(String customerId) {
        return customers.context(customerId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "No customer " + customerId + ": check the id, or search with GET /api/customers?q=…", "customerId"));
    }

    /**
     * Decides and logs, measured as {@code cvm.nba.decision} (a latency histogram) per moment, channel
     * and answer: {@code offers} or {@code empty}, so the share of empty answers shows per moment and channel.
     */
    /** @param journeyId the journey (process instance) that asked, or null */
    private NextBestActions decide(CustomerContext context, MomentType moment, Channel channel, String journeyStep,
                                   String presentedIn, String journeyId) {
        Timer.Sample sample = Timer.start(meters);
        NextBestActions answer = decideAndLog(context, moment, channel, journeyStep, presentedIn, journeyId);
        sample.stop(Timer.builder("cvm.nba.decision").description("Deciding the next best actions and logging the decision")
                .tags("moment", moment.name(), "channel", channel.name(), "answer", answer.actions().isEmpty() ? "empty" : "offers")
                .publishPercentileHistogram().register(meters));
        return answer;
    }

    private NextBestActions decideAndLog(CustomerContext context, MomentType moment, Channel channel, String journeyStep,
                                         String presentedIn, String journeyId) {
        String customerId = context.customerId();
        ZonedDateTime now = ZonedDateTime.now(clock);
        CandidateTable table = candidateTable.current();
        Instant presentationSince = now.toInstant().minus(PRESENTATION_WINDOW);
        Set<String> conversation = presentedIn == null ? Set.of() : decisionLog.presentedSince(presentedIn, presentationSince);
        NextBestActionDecider.Decision decision = decider.decide(context, moment, channel, journeyStep, now, table,
                catalog.byId(), conversation);
        NextBestActions answer = new NextBestActions(UUID.randomUUID().toString(), customerId, moment, channel,
                decision.chosen(), decision.arbitration().suppressed(), decision.learnedVersion() == 0
                        ? Map.of(CandidateTable.DECISION_KEY, table.version())
                        : Map.of(CandidateTable.DECISION_KEY, table.version(), LEARNED_PROPENSITIES, decision.learnedVersion()));
        if (presentedIn != null) {
            List<String> shown = answer.actions().stream().map(RankedAction::actionId).toList();
            Optional<DecisionLog.LoggedDecision> same = decisionLog.lastPresented(presentedIn, moment, channel,
                    presentationSince).filter(logged -> logged.proposedActions().equals(shown));
            if (same.isPresent()) {
                return answer.withDecisionId(same.get().id());
            }
        }
        decisionLog.record(answer, journeyStep, presentedIn, journeyId, now.toInstant(), context, now.toLocalDate(),
                decision.candidates(), decision.inputs());
        return answer;
    }

    /**
     * Records the customer's answer to a proposed action, once per offer: the same answer again counts
     * nothing, another one corrects it. In the channels where the customer came to us (call center,
     * store, app, web) the first answer that shows the action reached the customer enters the contact
     * history: any but NO_ANSWER, which an agent records when the call did not reach them.
     */
    @Transactional
    public AnswerRecorded recordOutcome(String decisionId, String actionId, Outcome outcome, String recordedBy) {
        DecisionLog.LoggedDecision decision = decisionLog.find(decisionId).orElseThrow(() -> new ApiException(
                HttpStatus.NOT_FOUND, "No decision " + decisionId + ": use the decisionId a next-best-action answer gave",
                "decisionId"));
        if (!decision.proposedActions().contains(actionId)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Decision " + decisionId + " did not propose " + actionId
                    + "; it proposed " + decision.proposedActions(), "actionId");
        }
        if (catalog.find(actionId).map(action -> action.kind() == ActionKind.MANDATORY).orElse(false)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, actionId + " is a notice the customer must be given, not an"
                    + " offer: there is no answer to record", "actionId");
        }
        Instant now = clock.instant();
        Outcome previous = decisionLog.recordOutcome(decisionId, actionId, outcome, recordedBy, now).orElse(null);
        // Outbound channels enter the contact history when the outbox delivers; count each contact once.
        boolean reachedNow = outcome != Outcome.NO_ANSWER && (previous == null || previous == Outcome.NO_ANSWER);
        if (reachedNow && !levers.policies().contact().isOutbound(decision.channel())) {
            customers.recordContact(decision.customerId(), decision.channel(), actionId, decisionId, now);
        }
        AnswerRecorded.Change change = previous == null ? AnswerRecorded.Change.NEW
                : previous == outcome ? AnswerRecorded.Change.UNCHANGED : AnswerRecorded.Change.CORRECTED;
        return new AnswerRecorded(decisionId, actionId, outcome, previous, change);
    }

    /** The answers recorded so far to the decision's offers, so a page can show them. */
    public Map<String, Outcome> recordedAnswers(String decisionId) {
        return decisionLog.outcomes(decisionId);
    }
}
