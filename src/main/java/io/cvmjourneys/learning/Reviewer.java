package io.cvmjourneys.learning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed the review: the person the engine ran the completion for. */
final class Reviewer {

    private Reviewer() {
    }

    static String of(DelegateExecution execution) {
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (who == null || who.getUserId() == null) {
            throw new IllegalStateException("The review of learned propensities was completed by nobody signed in");
        }
        return who.getUserId();
    }
}
