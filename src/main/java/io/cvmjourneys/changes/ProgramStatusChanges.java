package io.cvmjourneys.changes;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.programs.ProgramDefinition;
import io.cvmjourneys.programs.ProgramStatus;
import io.cvmjourneys.programs.Programs;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A program's launch (from approved or paused to live) or stop (from live to paused). The evidence:
 * how many journeys the program runs (its reach), its control group and whether a review period
 * holds enough customers in it to measure the uplift, and the channels its actions use.
 */
@Component
class ProgramStatusChanges implements ChangeSubject {

    /** Fewer held-out customers than this in a review period leave the uplift's interval too wide to say much. */
    static final int ENOUGH_HELD_OUT = 100;
    private static final Duration REACH = Duration.ofDays(30);

    private final Programs programs;
    private final ActionCatalog catalog;
    private final HoldoutGroups holdout;
    private final HistoryService history;
    private final Clock clock;

    ProgramStatusChanges(Programs programs, ActionCatalog catalog, HoldoutGroups holdout, HistoryService history, Clock clock) {
        this.programs = programs;
        this.catalog = catalog;
        this.holdout = holdout;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public Set<ChangeKind> kinds() {
        return EnumSet.of(ChangeKind.PROGRAM_LAUNCH, ChangeKind.PROGRAM_STOP);
    }

    @Override
    public String summary(ModelChanges.Proposal proposal) {
        return (proposal.kind() == ChangeKind.PROGRAM_LAUNCH ? "Launch" : "Stop") + " of the program \u201c"
                + program(proposal.subject()).name() + "\u201d";
    }

    @Override
    public String check(ModelChanges.Proposal proposal) {
        cannotMove(proposal.kind(), program(proposal.subject())).ifPresent(why -> {
            throw new ApiException(HttpStatus.CONFLICT, why, "subject");
        });
        return null;
    }

    /** Why the program cannot take the change now, if it cannot. */
    private static Optional<String> cannotMove(ChangeKind kind, ProgramDefinition program) {
        return program.status().next().contains(target(kind)) ? Optional.empty()
                : Optional.of("\u201c" + program.name() + "\u201d is " + program.status()
                + (kind == ChangeKind.PROGRAM_LAUNCH ? ": a program is launched once a second manager approved it, or"
                + " after a pause" : ": only a live program can be stopped"));
    }

    @Override
    public Evidence evidence(ModelChange change, String model) {
        ProgramDefinition program = program(change.subject());
        long started = history.createHistoricProcessInstanceQuery().processDefinitionKey(program.id())
                .startedAfter(Date.from(clock.instant().minus(REACH))).count();
        long running = history.createHistoricProcessInstanceQuery().processDefinitionKey(program.id()).unfinished().count();
        double share = holdout.share(program.id());
        long heldOut = Math.round(share * started);
        List<String> lines = new ArrayList<>();
        lines.add("\u201c" + program.name() + "\u201d is " + program.status() + "; owner " + program.owner() + ".");
        lines.add("Reach: " + started + " journeys started in the last " + REACH.toDays() + " days, " + running + " running now.");
        lines.add(share == 0 ? "No control group: no customer is held out, so the program's uplift cannot be measured."
                : "Control group: " + Math.round(100 * share) + " % held out, about " + heldOut + " customers a month at"
                + " this reach: " + (heldOut >= ENOUGH_HELD_OUT ? "enough to measure the uplift in a review period."
                : "fewer than " + ENOUGH_HELD_OUT + ", so a review period's uplift interval will be wide."));
        List<Action> actions = catalog.all().stream().filter(action -> program.id().equals(action.program())).toList();
        lines.add(actions.isEmpty() ? "The program has no action in the catalog." : "Its actions: " + actions.stream()
                .map(action -> action.name() + " (" + action.channels().stream().map(Channel::name).sorted()
                        .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; ")) + ".");
        Map<Channel, String> channels = new TreeMap<>();
        if (change.kind() == ChangeKind.PROGRAM_LAUNCH) {
            actions.forEach(action -> action.channels().forEach(channel -> channels.merge(channel,
                    "The program's actions on this channel: " + action.name(), (known, more) -> known + ", " + action.name())));
            channels.replaceAll((channel, text) -> text + ". At the reach above, up to " + Math.round((started - heldOut)
                    / (double) REACH.toDays()) + " journeys a day may use it.");
        }
        return new Evidence(String.join("\n", lines), channels, channels);
    }

    @Override
    public Applied apply(ModelChange change, String model, String note) {
        ProgramDefinition current = program(change.subject());
        // asked first: a refused move would mark the journey step's transaction for rollback
        Optional<String> cannot = cannotMove(change.kind(), current);
        if (cannot.isPresent()) {
            return new Applied(false, cannot.get());
        }
        ProgramDefinition moved = programs.move(current.id(), current.version(), target(change.kind()), change.proposedBy(),
                note);
        return new Applied(true, "\u201c" + moved.name() + "\u201d is " + moved.status() + " now. " + note);
    }

    private ProgramDefinition program(String id) {
        return programs.find(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No program '" + id + "'", "subject"));
    }

    private static ProgramStatus target(ChangeKind kind) {
        return kind == ChangeKind.PROGRAM_LAUNCH ? ProgramStatus.LIVE : ProgramStatus.PAUSED;
    }
}
