package io.cvmjourneys.journeys;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.RankedAction;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * How a journey finds the offer it may make: it asks the next-best-action engine channel by
 * channel, in order of preference, and takes the first channel where an offer of its own program
 * survives arbitration (consent, quiet hours, caps, delinquency, outages, complaints). An offer is
 * what a customer answers: a commercial or a service action, not a notice.
 */
@Component
public class NextBestOffers {

    /** Where journeys reach out when the customer is not in front of us. */
    public static final List<Channel> OUTBOUND_PREFERENCE = List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH);

    /** The offer, the channel it may go through, and the decision that chose it (to record the answer against). */
    public record ChosenOffer(RankedAction action, Channel channel, String decisionId) {
    }

    private final NextBestActionService nextBestActions;

    NextBestOffers(NextBestActionService nextBestActions) {
        this.nextBestActions = nextBestActions;
    }

    /** The program's best offer through the first channel of {@code channels} that has one. */
    public Optional<ChosenOffer> firstOffer(DelegateExecution execution, MomentType moment, List<Channel> channels,
                                            String journeyStep, String program) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        for (Channel channel : channels) {
            NextBestActions answer = nextBestActions.decideInJourney(customerId, moment, channel, journeyStep,
                    JourneySteps.journey(execution));
            Optional<RankedAction> offer = answer.actions().stream()
                    .filter(action -> action.kind() != ActionKind.MANDATORY && program.equals(action.program()))
                    .findFirst();
            if (offer.isPresent()) {
                return Optional.of(new ChosenOffer(offer.get(), channel, answer.decisionId()));
            }
        }
        return Optional.empty();
    }
}
