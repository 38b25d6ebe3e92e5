package io.cvmjourneys.nba;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Counts, decision by decision, what the live and the candidate table choose. */
final class ReplayTally {

    static final int EXAMPLES = 10;

    /** The actions one table chooses for one decision, best first, and those no arbitration was logged for. */
    record Choice(List<String> chosen, List<String> notArbitrated) {

        String top() {
            return chosen.isEmpty() ? null : chosen.get(0);
        }
    }

    /** live, candidate, live top, candidate top, candidate not arbitrated */
    private final Map<String, int[]> perAction = new TreeMap<>();
    private final Map<Channel, int[]> perChannel = new TreeMap<>();
    private final Map<String, int[]> perActionAndChannel = new TreeMap<>();
    private final List<ReplayReport.ChangedDecision> examples = new ArrayList<>();
    private final Map<String, Action> actions;
    private int decisions;
    private int rebuilt;
    private int changedTop;
    private int changedChoice;
    private int liveNotArbitrated;
    private int candidateNotArbitrated;

    ReplayTally(Map<String, Action> actions) {
        this.actions = actions;
    }

    void add(DecisionLog.LoggedInputs logged, Choice live, Choice candidate) {
        decisions++;
        rebuilt += logged.rebuilt() ? 1 : 0;
        liveNotArbitrated += live.notArbitrated().size();
        candidateNotArbitrated += candidate.notArbitrated().size();
        count(live.chosen(), logged.channel(), 0);
        count(candidate.chosen(), logged.channel(), 1);
        candidate.notArbitrated().forEach(id -> perAction.get(id)[4]++);
        if (live.chosen().equals(candidate.chosen())) {
            return;
        }
        changedChoice++;
        changedTop += Objects.equals(live.top(), candidate.top()) ? 0 : 1;
        if (examples.size() < EXAMPLES) {
            examples.add(new ReplayReport.ChangedDecision(logged.id(), logged.customerId(), logged.moment(),
                    logged.channel(), logged.decidedAt(), live.chosen(), candidate.chosen(), candidate.notArbitrated()));
        }
    }

    private void count(List<String> chosen, Channel channel, int side) {
        if (!chosen.isEmpty()) {
            perAction.computeIfAbsent(chosen.get(0), id -> new int[5])[side + 2]++;
        }
        for (String actionId : chosen) {
            perAction.computeIfAbsent(actionId, id -> new int[5])[side]++;
            perChannel.computeIfAbsent(channel, id -> new int[2])[side]++;
            perActionAndChannel.computeIfAbsent(actionId + " " + channel.name(), id -> new int[2])[side]++;
        }
    }

    ReplayReport report(int days, Instant since, Instant until, int liveVersion) {
        List<ReplayReport.ActionShift> byAction = perAction.entrySet().stream()
                .map(entry -> {
                    Action action = actions.get(entry.getKey());
                    int[] n = entry.getValue();
                    return new ReplayReport.ActionShift(entry.getKey(), action.name(), action.program(), n[0], n[1],
                            n[1] - n[0], n[2], n[3], n[4]);
                })
                .sorted(Comparator.comparingInt((ReplayReport.ActionShift shift) -> -Math.abs(shift.difference()))
                        .thenComparing(ReplayReport.ActionShift::actionId))
                .toList();
        List<ReplayReport.ChannelShift> byChannel = perChannel.entrySet().stream()
                .map(entry -> new ReplayReport.ChannelShift(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                        entry.getValue()[1] - entry.getValue()[0]))
                .toList();
        List<ReplayReport.ActionChannelShift> byBoth = perActionAndChannel.entrySet().stream()
                .filter(entry -> entry.getValue()[0] != entry.getValue()[1])
                .map(entry -> {
                    String[] key = entry.getKey().split(" ");
                    int[] n = entry.getValue();
                    return new ReplayReport.ActionChannelShift(key[0], Channel.valueOf(key[1]), n[0], n[1], n[1] - n[0]);
                })
                .toList();
        return new ReplayReport(days, since, until, liveVersion, decisions, rebuilt, changedTop, changedChoice,
                liveNotArbitrated, candidateNotArbitrated, byAction, byChannel, byBoth, List.copyOf(examples));
    }
}
