package io.cvmjourneys.nba;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
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
    private final NbaPolicies policies;
    private final Clock clock;

    NextBestActionService(CustomerDirectory customers, ActionCatalog catalog, DeployedCandidateTable candidateTable,
                          DecisionLog decisionLog, NbaPolicies policies, Clock clock) {
        this.customers = customers;
        this.catalog = catalog;
        this.candidateTable = candidateTable;
        this.decider = new NextBestActionDecider(policies);
        this.decisionLog = decisionLog;
        this.policies = policies;
        this.clock = clock;
    }

    /** @param journeyStep the journey's step when a journey asks (e.g. RETENTION, WINBACK); null otherwise */
    @Transactional
    public NextBestActions decide(String customerId, MomentType moment, Channel channel, String journeyStep) {
        return decide(context(customerId), moment, channel, journeyStep);
    }

    /** A decision a journey asks for at one of its steps: the asking journey counts as running, saved yet or not. */
    @Transactional
    public NextBestActions decideInJourney(String customerId, MomentType moment, Channel channel, String journeyStep,
                                           ActiveJourney journey) {
        return decide(context(customerId).seenFrom(journey), moment, channel, journeyStep);
    }

    private CustomerContext context(String customerId) {
        return customers.context(customerId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "No customer " + customerId + ": check the id, or search with GET /api/customers?q=…", "customerId"));
    }

    private NextBestActions decide(CustomerContext context, MomentType moment, Channel channel, String journeyStep) {
        String customerId = context.customerId();
        ZonedDateTime now = ZonedDateTime.now(clock);
        CandidateTable table = candidateTable.current();
        NextBestActionDecider.Decision decision = decider.decide(context, moment, channel, journeyStep, now, table,
                catalog.byId());
        NextBestActions answer = new NextBestActions(UUID.randomUUID().toString(), customerId, moment, channel,
                decision.chosen(), decision.arbitration().suppressed(),
                Map.of(CandidateTable.DECISION_KEY, table.version()));
        decisionLog.record(answer, journeyStep, now.toInstant(), context, now.toLocalDate(),
                decision.candidates(), decision.inputs());
        return answer;
    }

    /**
     * Records the customer's answer to a proposed action. In the channels where the customer came to
     * us (call center, store, app, web) the first answer also enters the contact history: the action
     * reached the customer there.
     */
    @Transactional
    public void recordOutcome(String decisionId, String actionId, Outcome outcome, String recordedBy) {
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
        // Outbound channels enter the contact history when the outbox delivers; count each contact once.
        if (decisionLog.recordOutcome(decisionId, actionId, outcome, recordedBy, now)
                && !policies.contact().isOutbound(decision.channel())) {
            customers.recordContact(decision.customerId(), decision.channel(), actionId, decisionId, now);
        }
    }
}
