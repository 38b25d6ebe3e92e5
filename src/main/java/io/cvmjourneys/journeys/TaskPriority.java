package io.cvmjourneys.journeys;

import io.cvmjourneys.engine.OnEveryUserTask;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Every journey task starts with the priority {@code dmn/task-priority.dmn} gives it (a severe
 * complaint, a vulnerable or valuable customer first), so queues sorted by priority put that work
 * on top. A task its model gives a priority of its own keeps it; escalation raises it later.
 */
@Component
class TaskPriority implements OnEveryUserTask {

    static final String DECISION = "taskPriority";
    /** The table's inputs, as its input expressions name them; a journey without one passes nothing for it. */
    static final List<String> INPUTS = List.of("severity", JourneyVariables.VULNERABLE, JourneyVariables.CUSTOMER_SEGMENT);

    private final DecisionService decisions;

    TaskPriority(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getPriority() != Task.PRIORITY_NORMAL) {
            return;
        }
        Map<String, Object> inputs = new HashMap<>();
        INPUTS.forEach(name -> inputs.put(name, task.getVariable(name)));
        inputs.put(JourneyVariables.VULNERABLE, Boolean.TRUE.equals(inputs.get(JourneyVariables.VULNERABLE)));
        // the policy is the operator's, not the agent's: whoever completed the step before need not read tables
        Number priority = Context.getCommandContext().runWithoutAuthorization(() ->
                decisions.evaluateDecisionByKey(DECISION).variables(inputs).evaluate().getSingleEntry());
        if (priority != null) {
            task.setPriority(priority.intValue());
        }
    }
}
