package io.cvmjourneys.nba;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.arbitration.ArbitrationCase;
import io.cvmjourneys.nba.arbitration.ArbitrationPolicies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The decision itself, with everything already in memory: the table proposes candidates,
 * arbitration policies remove what the playbook forbids, ranking orders the rest by
 * propensity × value × program weight and keeps the top N. Mandatory actions (notices the contract
 * or the law requires) come first and are never cut by N. No I/O, so it can sit inside a live call.
 */
final class NextBestActionDecider {

    /** What the table sees for "no contract" or "no lease": far beyond any window a rule asks about. */
    static final int NONE_AHEAD = 9999;

    private static final Comparator<RankedAction> BEST_FIRST =
            Comparator.comparingDouble(RankedAction::score).reversed().thenComparing(RankedAction::actionId);

    record Decision(List<RankedAction> chosen, ArbitrationCase arbitration, List<Candidate> candidates) {
    }

    private final NbaPolicies policies;
    private final ArbitrationPolicies arbitrationPolicies;

    NextBestActionDecider(NbaPolicies policies) {
        this.policies = policies;
        this.arbitrationPolicies = new ArbitrationPolicies(policies);
    }

    Decision decide(CustomerContext context, MomentType moment, Channel channel, String journeyStep, Instant now,
                    CandidateTable table, Map<String, Action> catalog) {
        LocalDate today = now.atZone(policies.zone()).toLocalDate();
        List<Candidate> candidates = table.propose(facts(context, moment, channel, journeyStep, today), catalog);
        ArbitrationCase arbitration = new ArbitrationCase(context, moment, channel, now, policies.zone(), candidates);
        arbitrationPolicies.arbitrate(arbitration);
        List<RankedAction> ranked = arbitration.standing().stream()
                .map(candidate -> rank(candidate, arbitration))
                .sorted(BEST_FIRST)
                .toList();
        List<RankedAction> chosen = new ArrayList<>(ranked.stream().filter(action -> action.kind() == ActionKind.MANDATORY).toList());
        ranked.stream().filter(action -> action.kind() != ActionKind.MANDATORY).limit(policies.topN()).forEach(chosen::add);
        return new Decision(chosen, arbitration, candidates);
    }

    private RankedAction rank(Candidate candidate, ArbitrationCase arbitration) {
        Action action = candidate.action();
        double score = candidate.propensity() * candidate.value().doubleValue() * policies.weightOf(action.program());
        return new RankedAction(action.id(), action.name(), action.program(), action.kind(), score, candidate.reason(),
                arbitration.notes().getOrDefault(action.id(), List.of()));
    }

    /** The table's inputs, named as its input expressions name them. */
    static VariableMap facts(CustomerContext context, MomentType moment, Channel channel, String journeyStep,
                             LocalDate today) {
        return Variables.createVariables()
                .putValue("moment", moment.name())
                .putValue("channel", channel.name())
                .putValue("journeyStep", journeyStep == null ? "" : journeyStep)
                .putValue("customerType", context.customer().type().name())
                .putValue("segment", context.customer().segment().name())
                .putValue("tenureMonths", (int) context.tenureMonths(today))
                .putValue("daysToContractEnd", context.daysToContractEnd(today).map(Long::intValue).orElse(NONE_AHEAD))
                .putValue("daysToLeaseEnd", context.daysToDeviceLeaseEnd(today).map(Long::intValue).orElse(NONE_AHEAD))
                .putValue("daysDelinquent", context.billing().daysDelinquent())
                .putValue("outageInArea", !context.openIncidentsInArea().isEmpty());
    }
}
