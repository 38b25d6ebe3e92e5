package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.nba.Candidate;
import io.cvmjourneys.nba.NbaPolicies;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * A running journey has the customer's attention: offers of the programs it excludes would talk
 * across it (an upgrade offer in the middle of dunning), so they wait until the journey ends.
 */
@Rule(name = JourneyPrecedencePolicy.NAME, priority = JourneyPrecedencePolicy.PRIORITY,
        description = "While a journey runs, commercial actions of the programs it excludes are removed")
public class JourneyPrecedencePolicy {

    public static final String NAME = "Journey precedence";
    public static final int PRIORITY = 30;

    private final Map<String, Set<String>> excludedProgramsByJourney;

    public JourneyPrecedencePolicy(NbaPolicies policies) {
        this.excludedProgramsByJourney = policies.journeyPrecedence().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
    }

    @Condition
    public boolean isInJourneyWithPrecedence(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return arbitrationCase.context().activeJourneys().stream()
                .anyMatch(journey -> excludedProgramsByJourney.containsKey(journey.processId()));
    }

    @Action
    public void suppressExcludedOffers(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        for (ActiveJourney journey : arbitrationCase.context().activeJourneys()) {
            Set<String> excluded = excludedProgramsByJourney.getOrDefault(journey.processId(), Set.of());
            for (Candidate candidate : arbitrationCase.standing()) {
                String program = candidate.action().program();
                if (candidate.action().isCommercial() && excluded.contains(program)) {
                    arbitrationCase.suppress(candidate, NAME, "Customer is in the " + journey.name()
                            + " journey: " + arbitrationCase.words("program", program) + " offers wait until it ends");
                }
            }
        }
    }
}
