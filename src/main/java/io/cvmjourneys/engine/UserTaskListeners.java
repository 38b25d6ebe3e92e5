package io.cvmjourneys.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Adds the application's listeners to every user task: the {@link OnEveryUserTask} beans when it is
 * created, and the {@link TaskFormRules} when it is submitted (before any value is stored, so a refusal
 * is the engine's form validation error, a 400 in both REST APIs) and when it is completed (whatever
 * way it was completed).
 */
final class UserTaskListeners extends AbstractBpmnParseListener {

    private final TaskListener onCreate;
    private final ObjectProvider<TaskFormRules> formRules;

    /** Looked up when a task is created or completed: the beans may need the engine that parses the models. */
    UserTaskListeners(ObjectProvider<OnEveryUserTask> listeners, ObjectProvider<TaskFormRules> formRules) {
        this.onCreate = (DelegateTask task) -> listeners.orderedStream().forEach(listener -> listener.notify(task));
        this.formRules = formRules;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                (DelegateTask completed) -> formRules.orderedStream().forEach(rules -> rules.check(completed,
                        TaskCommands.sentFor(completed.getId()), true)));
        task.setTaskFormHandler(new CheckedOnSubmit(task.getTaskFormHandler()));
    }

    /** The task's own form handler, with the form's rules checked before it stores anything. */
    private final class CheckedOnSubmit implements TaskFormHandler {

        private final TaskFormHandler handler;

        CheckedOnSubmit(TaskFormHandler handler) {
            this.handler = handler;
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            if (variableScope instanceof DelegateTask task) {
                formRules.orderedStream().forEach(rules -> rules.check(task, properties, false));
            }
            handler.submitFormVariables(properties, variableScope);
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            return handler.createTaskForm(task);
        }

        @Override
        public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
                                       BpmnParse parse) {
            handler.parseConfiguration(element, deployment, definition, parse);
        }
    }
}
