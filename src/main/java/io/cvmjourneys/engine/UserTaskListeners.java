package io.cvmjourneys.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/** Adds the {@link OnEveryUserTask} beans to every user task as create listeners. */
final class UserTaskCreationListeners extends AbstractBpmnParseListener {

    private final TaskListener onCreate;

    /** Looked up when a task is created: the beans may need the engine that parses the models. */
    UserTaskCreationListeners(ObjectProvider<OnEveryUserTask> listeners) {
        this.onCreate = (DelegateTask task) -> listeners.orderedStream().forEach(listener -> listener.notify(task));
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
    }
}
