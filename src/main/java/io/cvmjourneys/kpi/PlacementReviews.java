package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.WatchReviews;
import io.cvmjourneys.kpi.ProgramFigures.Placement;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The placement watch (bpmn/placement-review.bpmn): every night each offer the next best action put
 * first in the app's or the website's offer slot over the last days ({@code cvm.kpi.placement-watch-days},
 * 14) is measured against as many days before, and dmn/placement-watch.dmn says whether the placement
 * needs a refresh. One that does goes to the channel team, who run the digital inbound channels (one
 * review at a time, see {@link WatchReviews}). A paused offer is out of the slot already.
 */
@Service
public class PlacementReviews {

    static final String PROCESS = "placement-review";
    static final String DECISION = "placementWatch";

    private final ProgramFigures figures;
    private final ActionCatalog catalog;
    private final DecisionService decisions;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;
    private final int days;

    PlacementReviews(ProgramFigures figures, ActionCatalog catalog, DecisionService decisions, RuntimeService runtime,
                     HistoryService history, Clock clock, @Value("${cvm.kpi.placement-watch-days:14}") int days) {
        this.figures = figures;
        this.catalog = catalog;
        this.decisions = decisions;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
        this.days = WatchWindow.checked(days, "cvm.kpi.placement-watch-days");
    }

    /** Opens a refresh for every placement whose figures call for one and that has none; answers them. */
    public List<String> openWhereSlotsCall() {
        WatchWindow window = new WatchWindow(clock.instant(), days);
        Map<String, Placement> before = figures.placements(window.before()).stream()
                .collect(Collectors.toMap(PlacementReviews::key, Function.identity()));
        List<String> opened = new ArrayList<>();
        for (Placement last : figures.placements(window.last())) {
            Optional<Action> action = catalog.find(last.actionId()).filter(found -> !found.paused());
            if (action.isEmpty() || WatchReviews.underWayOrBegunSince(history, PROCESS, key(last), window.start())) {
                continue;
            }
            PlacementFigures measured = new PlacementFigures(days, last, before.getOrDefault(key(last),
                    new Placement(last.actionId(), last.channel(), 0, 0, 0)), action.get().validUntil(), LocalDate.now(clock));
            List<String> reasons = decisions.evaluateDecisionByKey(DECISION).variables(measured.decisionInputs()).evaluate()
                    .collectEntries("refreshReason");
            if (!reasons.isEmpty()) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("placementAction", last.actionId());
                variables.put("actionName", action.get().name());
                variables.put("placementChannel", last.channel());
                variables.put("refreshReasons", String.join("\n", reasons));
                variables.put("placementFigures", measured.summary());
                runtime.startProcessInstanceByKey(PROCESS, key(last), variables);
                opened.add(last.actionId() + " on " + last.channel());
            }
        }
        return opened;
    }

    private static String key(Placement placement) {
        return PROCESS + ":" + placement.actionId() + ":" + placement.channel();
    }
}
