package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.nba.NbaPolicies;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.RuleListener;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;

/**
 * The arbitration step: all CVM policies, built once from the levers and run in priority order over
 * a case. Thread-safe: policies hold only configuration, and each call has its own facts.
 */
public final class ArbitrationPolicies {

    // per call, so concurrent decisions never see each other's failures
    private static final String FAILURES = "arbitrationFailures";

    private final Rules rules;
    private final DefaultRulesEngine engine;

    public ArbitrationPolicies(NbaPolicies policies) {
        this(List.of(
                new PausedActionPolicy(),
                new ProgramNotLivePolicy(),
                new HoldoutPolicy(new HoldoutGroups(policies)),
                new DeliverabilityPolicy(),
                new JourneyPrecedencePolicy(policies),
                new ServiceDisruptionPolicy(),
                new DelinquencyPolicy(policies),
                new ComplaintCooldownPolicy(policies),
                new RetentionFirstPolicy(policies),
                new NotOfferedTwicePolicy(policies),
                new ConsentPolicy(policies),
                new QuietHoursPolicy(policies),
                new ContactCapPolicy(policies)));
    }

    /**
     * Only the policies whose outcome the levers decide (holdout control, quiet hours, contact cap), for
     * a preview that re-applies them to logged decisions under other levers.
     */
    public static ArbitrationPolicies ofLevers(NbaPolicies policies) {
        return new ArbitrationPolicies(List.of(new HoldoutPolicy(new HoldoutGroups(policies)), new QuietHoursPolicy(policies),
                new ContactCapPolicy(policies)));
    }

    /** The names of the policies {@link #ofLevers} runs. */
    public static final Set<String> LEVER_POLICIES = Set.of(HoldoutPolicy.NAME, QuietHoursPolicy.NAME,
            ContactCapPolicy.NAME);

    ArbitrationPolicies(List<Object> policies) {
        this.rules = new Rules(policies.toArray());
        // every policy must see the case, not only the first that removes something
        this.engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(false));
        engine.registerRuleListener(new FailureRecorder());
    }

    /**
     * Removes from the case every candidate a policy rules out, with its reason.
     *
     * @throws IllegalStateException naming the policy, when one failed: a half-arbitrated case must not
     *                               be answered as if every policy had been checked
     */
    public void arbitrate(ArbitrationCase arbitrationCase) {
        List<PolicyFailure> failures = new ArrayList<>(0);
        Facts facts = new Facts();
        facts.put(ArbitrationCase.FACT, arbitrationCase);
        facts.put(FAILURES, failures);
        engine.fire(rules, facts);
        if (!failures.isEmpty()) {
            throw failed(failures);
        }
    }

    private static IllegalStateException failed(List<PolicyFailure> failures) {
        PolicyFailure first = failures.get(0);
        IllegalStateException exception = new IllegalStateException(
                "Arbitration policy '" + first.policy() + "' failed: " + first.cause(), first.cause());
        failures.stream().skip(1).forEach(other -> exception.addSuppressed(
                new IllegalStateException("Arbitration policy '" + other.policy() + "' failed too", other.cause())));
        return exception;
    }

    private record PolicyFailure(String policy, Throwable cause) {
    }

    /** Easy Rules logs a failing rule and carries on; this keeps the failure so arbitrate can refuse to answer. */
    private static final class FailureRecorder implements RuleListener {

        @Override
        public void onEvaluationError(Rule rule, Facts facts, Exception exception) {
            record(rule, facts, exception);
        }

        @Override
        public void onFailure(Rule rule, Facts facts, Exception exception) {
            record(rule, facts, exception);
        }

        private static void record(Rule rule, Facts facts, Exception exception) {
            List<PolicyFailure> failures = facts.get(FAILURES);
            failures.add(new PolicyFailure(rule.getName(), unwrap(exception)));
        }

        // rule objects are called through a reflective proxy, which wraps what the policy threw
        private static Throwable unwrap(Throwable exception) {
            Throwable cause = exception;
            while ((cause instanceof InvocationTargetException || cause instanceof UndeclaredThrowableException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }
}
