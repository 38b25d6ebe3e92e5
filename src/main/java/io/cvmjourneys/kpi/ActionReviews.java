package io.cvmjourneys.kpi;

import io.cvmjourneys.customer.CustomerComplaints;
import io.cvmjourneys.engine.WatchReviews;
import io.cvmjourneys.kpi.ProgramFigures.ActionAcceptance;
import io.cvmjourneys.kpi.ProgramReport.Rate;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.ActionKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The action watch (bpmn/action-review.bpmn): every night each action that is not paused is measured
 * over the last days ({@code cvm.kpi.action-watch-days}, 14) against as many days before, and
 * dmn/action-watch.dmn says whether its figures call for a review. One that does gets an analytics
 * review, which recommends keeping, changing or pausing it, and a CVM manager decides (one review at
 * a time, see {@link WatchReviews}). A mandatory notice is not watched: nobody accepts it, and it
 * cannot be paused.
 */
@Service
public class ActionReviews {

    static final String PROCESS = "action-review";
    static final String DECISION = "actionWatch";
    static final String ACTION = "reviewedAction";
    static final String ACTION_NAME = "actionName";
    static final String PROGRAM = "actionProgram";
    static final String REASONS = "watchReasons";
    static final String ACCEPTANCE = "acceptanceSummary";
    static final String COMPLAINTS = "complaintsSummary";

    private final ActionCatalog catalog;
    private final ProgramFigures figures;
    private final CustomerComplaints complaints;
    private final DecisionService decisions;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService taskService;
    private final Clock clock;
    private final int days;

    ActionReviews(ActionCatalog catalog, ProgramFigures figures, CustomerComplaints complaints, DecisionService decisions,
                  RuntimeService runtime, HistoryService history, TaskService taskService, Clock clock,
                  @Value("${cvm.kpi.action-watch-days:14}") int days) {
        this.catalog = catalog;
        this.figures = figures;
        this.complaints = complaints;
        this.decisions = decisions;
        this.runtime = runtime;
        this.history = history;
        this.taskService = taskService;
        this.clock = clock;
        this.days = WatchWindow.checked(days, "cvm.kpi.action-watch-days");
    }

    /** Opens a review for every action whose figures call for one and that has none; answers the actions it opened one for. */
    public List<String> openWhereFiguresCall() {
        WatchWindow window = new WatchWindow(clock.instant(), days);
        Map<String, ActionAcceptance> acceptedNow = byAction(figures.acceptanceOfEveryAction(window.last()));
        Map<String, ActionAcceptance> acceptedBefore = byAction(figures.acceptanceOfEveryAction(window.before()));
        List<String> opened = new ArrayList<>();
        for (Action action : catalog.all()) {
            if (action.paused() || action.kind() == ActionKind.MANDATORY
                    || WatchReviews.underWayOrBegunSince(history, PROCESS, key(action), window.start())) {
                continue;
            }
            ActionWatchFigures measured = new ActionWatchFigures(days, answers(acceptedNow.get(action.id())),
                    answers(acceptedBefore.get(action.id())), complaints.complaintRate(action.id(), window.start()),
                    complaints.complaintRate(action.id(), window.before().from(), window.start()));
            List<String> reasons = decisions.evaluateDecisionByKey(DECISION).variables(measured.decisionInputs()).evaluate()
                    .collectEntries("reviewReason");
            if (!reasons.isEmpty()) {
                open(action, reasons, measured);
                opened.add(action.id());
            }
        }
        return opened;
    }

    private void open(Action action, List<String> reasons, ActionWatchFigures measured) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ACTION, action.id());
        variables.put(ACTION_NAME, action.name());
        variables.put(PROGRAM, action.program());
        variables.put(REASONS, String.join("\n", reasons));
        variables.put(ACCEPTANCE, measured.acceptanceSummary());
        variables.put(COMPLAINTS, measured.complaintsSummary());
        runtime.startProcessInstanceByKey(PROCESS, key(action), variables);
    }

    /** The actions under review now, each with the step its review waits at ("Decide on the action"). */
    public Map<String, String> underWay() {
        Map<String, String> stepByReview = new HashMap<>();
        taskService.createTaskQuery().processDefinitionKey(PROCESS).list()
                .forEach(task -> stepByReview.put(task.getProcessInstanceId(), task.getName()));
        Map<String, String> underWay = new TreeMap<>();
        if (!stepByReview.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(stepByReview.keySet()).list()
                    .forEach(review -> underWay.put(review.getBusinessKey().substring(PROCESS.length() + 1),
                            stepByReview.get(review.getId())));
        }
        return underWay;
    }

    private static String key(Action action) {
        return PROCESS + ":" + action.id();
    }

    private static Map<String, ActionAcceptance> byAction(List<ActionAcceptance> acceptance) {
        return acceptance.stream().collect(Collectors.toMap(ActionAcceptance::actionId, Function.identity()));
    }

    private static Rate answers(ActionAcceptance acceptance) {
        return acceptance == null ? new Rate("accepted", 0, 0) : new Rate("accepted", acceptance.accepted(), acceptance.answered());
    }
}
