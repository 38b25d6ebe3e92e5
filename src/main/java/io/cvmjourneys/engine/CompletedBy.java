package io.cvmjourneys.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed the task a service step follows: the person the engine ran the completion for (the
 * workspace and /engine-rest both complete as the signed-in user), so a decision is recorded as theirs.
 */
public final class CompletedBy {

    private CompletedBy() {
    }

    /** @param what the decision, for the failure's message */
    public static String of(DelegateExecution execution, String what) {
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (who == null || who.getUserId() == null) {
            throw new IllegalStateException(what + " was completed by nobody signed in");
        }
        return who.getUserId();
    }
}
