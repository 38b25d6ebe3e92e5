package io.cvmjourneys.engine;

import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The rules a user task's form declares, checked by the engine itself whenever the task is submitted
 * or completed — in the workspace, in Camunda Tasklist, over REST or from code — so that no way of
 * completing a task records what its form forbids.
 */
public interface TaskFormRules {

    /**
     * @param submitted what the caller sends now: a submitted form's values, or a completion's variables;
     *                  empty when the task is completed without any
     * @param alreadySet whether those values are set on the journey already (a completion: the engine sets
     *                   them before the task's complete listeners run) or not yet (a submitted form)
     * @throws FormFieldValidationException naming each field that breaks a rule, in the form's words
     */
    void check(DelegateTask task, Map<String, Object> submitted, boolean alreadySet);

    /**
     * A change of the task's variables on their own, before the task is completed: only the form's
     * fields the user fills in may be set or removed, each to a value its field accepts (a required
     * field may stay empty until the completion).
     *
     * @throws FormFieldValidationException naming each variable that may not be changed so, in the form's words
     */
    void checkChange(DelegateTask task, Map<String, ?> set, Collection<String> removed);
}
