package io.cvmjourneys.nba;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.arbitration.ArbitrationCase;
import io.cvmjourneys.nba.arbitration.ArbitrationPolicies;
import io.cvmjourneys.web.ApiException;
import io.cvmjourneys.web.Labels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What a change of the levers would have changed in the decisions logged in the last days, before a
 * manager applies it: each decision is decided again from its logged table inputs by the live table,
 * once under the levers in force and once under the proposed ones. What the levers decide is decided
 * again (holdout control, quiet hours and contact caps, from the customer's contacts before the
 * decision, and the ranking's program weights); what other policies removed stays removed. The
 * customer's own quiet hours are read as they are today. Nothing is written.
 */
@Service
public class LeverReplay {

    /** Contacts are read back as far as the customer context keeps them; a week's cap needs 7 days before each decision. */
    public static final int MAX_DAYS = 14;

    private final DeployedCandidateTable deployed;
    private final DecisionLog decisionLog;
    private final ActionCatalog catalog;
    private final CustomerDirectory customers;
    private final Levers levers;
    private final NbaPolicies configured;
    private final ArbitrationCase.Vocabulary words;
    private final NextBestActionDecider ranking;
    private final Clock clock;

    LeverReplay(DeployedCandidateTable deployed, DecisionLog decisionLog, ActionCatalog catalog, CustomerDirectory customers,
                Levers levers, LearnedPropensities learned, NbaPolicies configured, Clock clock, Labels labels) {
        this.deployed = deployed;
        this.decisionLog = decisionLog;
        this.catalog = catalog;
        this.customers = customers;
        this.levers = levers;
        this.configured = configured;
        this.clock = clock;
        this.words = ArbitrationCase.Vocabulary.of(labels::of, labels::day);
        this.ranking = new NextBestActionDecider(levers::policies, learned::inForce, words);
    }

    public ReplayReport preview(LeverSet proposed, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "days must be between 1 and " + MAX_DAYS + ", not " + days, "days");
        }
        levers.check(proposed);
        Levers.LeverVersion inForce = levers.current();
        Side live = new Side(configured.with(inForce.levers()));
        Side candidate = new Side(configured.with(proposed));
        CandidateTable table = deployed.current();
        Map<String, Action> actions = catalog.byId();
        Map<String, Optional<CustomerContext>> contexts = new HashMap<>();
        Instant until = clock.instant();
        Instant since = until.minus(Duration.ofDays(days));
        ReplayTally tally = new ReplayTally(actions);
        decisionLog.forEachSince(since, logged -> {
            Optional<CustomerContext> context = contexts.computeIfAbsent(logged.customerId(), customers::context);
            if (context.isEmpty()) {
                return;
            }
            List<Candidate> proposedByTable = table.propose(Variables.fromMap(logged.tableInputs()), actions);
            // what a policy the levers do not decide removed stays removed on both sides
            List<Candidate> standing = proposedByTable.stream().filter(c -> !logged.suppressedBy().containsKey(c.actionId())
                    || ArbitrationPolicies.LEVER_POLICIES.contains(logged.suppressedBy().get(c.actionId()))).toList();
            Set<String> notArbitrated = new HashSet<>();
            standing.stream().map(Candidate::actionId).filter(id -> !logged.arbitrated().contains(id)).forEach(notArbitrated::add);
            CustomerContext then = context.get().withContactsBefore(logged.decidedAt());
            tally.add(logged, live.choose(logged, then, standing, notArbitrated), candidate.choose(logged, then, standing,
                    notArbitrated));
        });
        return tally.report(days, since, until, inForce.version());
    }

    /** One set of levers, its lever policies built once for every logged decision. */
    private final class Side {

        private final NbaPolicies policies;
        private final ArbitrationPolicies leverPolicies;

        Side(NbaPolicies policies) {
            this.policies = policies;
            this.leverPolicies = ArbitrationPolicies.ofLevers(policies);
        }

        ReplayTally.Choice choose(DecisionLog.LoggedInputs logged, CustomerContext context, List<Candidate> standing,
                                  Set<String> notArbitrated) {
            ArbitrationCase arbitration = new ArbitrationCase(context, MomentType.valueOf(logged.moment()), logged.channel(),
                    logged.decidedAt(), clock.getZone(), words, standing);
            leverPolicies.arbitrate(arbitration);
            List<String> chosen = ranking.rank(arbitration.standing(), arbitration.notes(), policies,
                            ranking.propensityFor(logged, clock.getZone())).stream()
                    .map(RankedAction::actionId).toList();
            return new ReplayTally.Choice(chosen, chosen.stream().filter(notArbitrated::contains).toList());
        }
    }
}
