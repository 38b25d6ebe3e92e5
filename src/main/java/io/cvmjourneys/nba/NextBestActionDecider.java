package io.cvmjourneys.nba;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.arbitration.ArbitrationCase;
import io.cvmjourneys.nba.arbitration.ArbitrationPolicies;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The decision itself, with everything already in memory: the table proposes candidates,
 * arbitration policies remove what the playbook forbids, ranking orders the rest by
 * propensity × value × program weight and keeps the top N. The propensity is the table's until a
 * snapshot of learned propensities is in force; then it is drawn from what similar customers answered. Mandatory actions (notices the contract
 * or the law requires) come first and are never cut by N. No I/O, so it can sit inside a live call.
 */
final class NextBestActionDecider {

    private static final Comparator<RankedAction> BEST_FIRST =
            Comparator.comparingDouble(RankedAction::score).reversed().thenComparing(RankedAction::actionId);

    /** @param learnedVersion the learned propensities the ranking used; 0: the table's */
    record Decision(List<RankedAction> chosen, ArbitrationCase arbitration, List<Candidate> candidates,
                    TableInputs inputs, int learnedVersion) {
    }

    private final Supplier<NbaPolicies> policies;
    private final Supplier<PropensitySnapshot> learned;
    private final ArbitrationCase.Vocabulary words;
    /** Arbitration built for the policies last in force: built again only when the levers change. */
    private volatile Arbitration arbitration;

    private record Arbitration(NbaPolicies policies, ArbitrationPolicies rules) {
    }

    /**
     * @param policies the policies in force at each decision (the levers change at run time)
     * @param learned  the learned propensities in force at each decision
     */
    NextBestActionDecider(Supplier<NbaPolicies> policies, Supplier<PropensitySnapshot> learned,
                          ArbitrationCase.Vocabulary words) {
        this.policies = policies;
        this.learned = learned;
        this.words = words;
    }

    /** Ranks on the table's propensities alone. */
    NextBestActionDecider(NbaPolicies policies, ArbitrationCase.Vocabulary words) {
        this(() -> policies, () -> PropensitySnapshot.NONE, words);
    }

    /** @param now the moment of the decision, in the operator's zone */
    Decision decide(CustomerContext context, MomentType moment, Channel channel, String journeyStep, ZonedDateTime now,
                    CandidateTable table, Map<String, Action> catalog) {
        return decide(context, moment, channel, journeyStep, now, table, catalog, Set.of());
    }

    /** @param conversation the decisions already shown in the same conversation (see {@link ArbitrationCase}) */
    Decision decide(CustomerContext context, MomentType moment, Channel channel, String journeyStep, ZonedDateTime now,
                    CandidateTable table, Map<String, Action> catalog, Set<String> conversation) {
        TableInputs inputs = TableInputs.of(context, moment, channel, journeyStep, now);
        return decide(context, moment, channel, now, table.propose(Variables.fromMap(inputs.asMap()), catalog), inputs,
                conversation);
    }

    /** Arbitrates and ranks candidates someone else proposed (a campaign's action), not the table. */
    Decision decide(CustomerContext context, MomentType moment, Channel channel, ZonedDateTime now, List<Candidate> candidates,
                    TableInputs inputs, Set<String> conversation) {
        NbaPolicies inForce = policies.get();
        ArbitrationCase arbitration = new ArbitrationCase(context, moment, channel, now.toInstant(), now.getZone(),
                words, candidates, conversation);
        arbitrationFor(inForce).arbitrate(arbitration);
        PropensitySnapshot snapshot = learned.get();
        Propensity propensity = propensityFor(snapshot, context.customerId(), context.customer().segment(), channel,
                now.toLocalDate());
        return new Decision(rank(arbitration.standing(), arbitration.notes(), inForce, propensity), arbitration,
                candidates, inputs, snapshot.version());
    }

    /** How a candidate's propensity is estimated for one customer in one channel on one day. */
    interface Propensity {

        /** Null: the table's propensity holds. */
        PropensityEvidence of(Candidate candidate);
    }

    /** The learned propensities in force, for this customer, channel and day. */
    Propensity propensityFor(String customerId, Segment segment, Channel channel, LocalDate day) {
        return propensityFor(learned.get(), customerId, segment, channel, day);
    }

    /** The learned propensities in force, as a logged decision's customer would get them on its day. */
    Propensity propensityFor(DecisionLog.LoggedInputs logged, ZoneId zone) {
        return propensityFor(logged.customerId(), logged.segment(), logged.channel(),
                LocalDate.ofInstant(logged.decidedAt(), zone));
    }

    private static Propensity propensityFor(PropensitySnapshot snapshot, String customerId, Segment segment,
                                            Channel channel, LocalDate day) {
        return candidate -> snapshot.estimate(candidate, customerId, segment, channel, day);
    }

    private ArbitrationPolicies arbitrationFor(NbaPolicies inForce) {
        Arbitration last = arbitration;
        if (last == null || last.policies() != inForce) {
            last = new Arbitration(inForce, new ArbitrationPolicies(inForce));
            arbitration = last;
        }
        return last.rules();
    }

    /** Ranks the candidates arbitration left standing: mandatory ones first, then the best N of the rest. */
    List<RankedAction> rank(List<Candidate> standing, Map<String, List<String>> notes, NbaPolicies policies,
                            Propensity propensity) {
        List<RankedAction> ranked = standing.stream()
                .map(candidate -> rank(candidate, notes, policies, propensity.of(candidate)))
                .sorted(BEST_FIRST)
                .toList();
        List<RankedAction> chosen = new ArrayList<>(ranked.stream().filter(action -> action.kind() == ActionKind.MANDATORY).toList());
        ranked.stream().filter(action -> action.kind() != ActionKind.MANDATORY).limit(policies.topN()).forEach(chosen::add);
        return chosen;
    }

    private static RankedAction rank(Candidate candidate, Map<String, List<String>> notes, NbaPolicies policies,
                                     PropensityEvidence learned) {
        Action action = candidate.action();
        double propensity = learned == null ? candidate.propensity() : learned.used();
        double score = propensity * candidate.value().doubleValue() * policies.weightOf(action.program());
        return new RankedAction(action.id(), action.name(), action.program(), action.kind(), score, candidate.reason(),
                notes.getOrDefault(action.id(), List.of()), learned);
    }

    /** The table's inputs, named as its input expressions name them. */
    static VariableMap facts(CustomerContext context, MomentType moment, Channel channel, String journeyStep,
                             ZonedDateTime now) {
        return Variables.fromMap(TableInputs.of(context, moment, channel, journeyStep, now).asMap());
    }
}
