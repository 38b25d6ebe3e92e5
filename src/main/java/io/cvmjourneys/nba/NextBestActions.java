package io.cvmjourneys.nba;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import java.util.List;
import java.util.Map;

/**
 * The answer to "what next for this customer, at this moment, in this channel, and why": the
 * chosen actions best first, every suppressed candidate with the policy that removed it, and the
 * versions of the decision tables used. {@code decisionId} is where outcomes are recorded.
 */
public record NextBestActions(String decisionId, String customerId, MomentType moment, Channel channel,
                              List<RankedAction> actions, List<Suppression> suppressed,
                              Map<String, Integer> decisionVersions) {

    public NextBestActions {
        actions = List.copyOf(actions);
        suppressed = List.copyOf(suppressed);
        decisionVersions = Map.copyOf(decisionVersions);
    }

    NextBestActions withDecisionId(String loggedDecisionId) {
        return new NextBestActions(loggedDecisionId, customerId, moment, channel, actions, suppressed, decisionVersions);
    }
}
