package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.nba.NbaPolicies;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * When the customer may leave (contract ending soon, or a retention journey running), only retention
 * offers are made: any other offer spends the one conversation that could keep them.
 */
@Rule(name = RetentionFirstPolicy.NAME, priority = RetentionFirstPolicy.PRIORITY,
        description = "Near contract end or in a retention journey, only retention programs may make commercial offers")
public class RetentionFirstPolicy {

    public static final String NAME = "Retention first";
    public static final int PRIORITY = 70;

    private final int contractEndWithinDays;
    private final Set<String> retentionJourneys;
    private final Set<String> retentionPrograms;

    public RetentionFirstPolicy(NbaPolicies policies) {
        this.contractEndWithinDays = policies.retentionFirst().contractEndWithinDays();
        this.retentionJourneys = Set.copyOf(policies.retentionFirst().journeys());
        this.retentionPrograms = Set.copyOf(policies.retentionFirst().retentionPrograms());
    }

    @Condition
    public boolean isRetentionMoment(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return whyRetentionFirst(arbitrationCase).isPresent();
    }

    @Action
    public void suppressNonRetentionOffers(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        String reason = whyRetentionFirst(arbitrationCase).orElseThrow();
        arbitrationCase.suppressWhere(candidate -> candidate.action().isCommercial()
                && !retentionPrograms.contains(candidate.action().program()), NAME, reason);
    }

    private Optional<String> whyRetentionFirst(ArbitrationCase arbitrationCase) {
        Optional<String> journey = arbitrationCase.context().activeJourneys().stream()
                .filter(active -> retentionJourneys.contains(active.processId()))
                .map(ActiveJourney::name)
                .findFirst();
        if (journey.isPresent()) {
            return Optional.of("Customer is in the " + journey.get() + " journey: only retention offers while it runs");
        }
        LocalDate today = arbitrationCase.today();
        return arbitrationCase.context().daysToContractEnd(today)
                .filter(days -> days <= contractEndWithinDays)
                .map(days -> "Contract ends in " + days + " days (" + arbitrationCase.day(today.plusDays(days))
                        + "): only retention offers until it is renewed");
    }
}
