package io.cvmjourneys.nba;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.util.List;

/**
 * What a candidate version of the candidate table would have chosen for the decisions logged in a
 * period, next to what the live version chooses for the same inputs. Counts are chosen actions; a
 * "not arbitrated" action was proposed for a decision whose log has no arbitration for it, so it is
 * ranked as if no policy removed it.
 *
 * @param rebuiltInputs     decisions whose table inputs were rebuilt, all or some, from the logged context summary
 * @param changedTopAction  decisions whose first chosen action differs (or appears or disappears)
 * @param changedChoice     decisions whose chosen actions differ in any way
 */
public record ReplayReport(int days, Instant since, Instant until, int liveVersion, int decisions, int rebuiltInputs,
                           int changedTopAction, int changedChoice, int liveNotArbitrated, int candidateNotArbitrated,
                           List<ActionShift> perAction, List<ChannelShift> perChannel,
                           List<ActionChannelShift> perActionAndChannel, List<ChangedDecision> examples) {

    /** {@code liveTop}, {@code candidateTop}: decisions where the action comes first. */
    public record ActionShift(String actionId, String name, String program, int live, int candidate, int difference,
                              int liveTop, int candidateTop, int candidateNotArbitrated) {
    }

    public record ChannelShift(Channel channel, int live, int candidate, int difference) {
    }

    public record ActionChannelShift(String actionId, Channel channel, int live, int candidate, int difference) {
    }

    public record ChangedDecision(String decisionId, String customerId, String moment, Channel channel, Instant decidedAt,
                                  List<String> live, List<String> candidate, List<String> notArbitrated) {
    }
}
