package io.cvmjourneys.referrals;

import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.RuleListener;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.springframework.stereotype.Component;

/**
 * The fraud checks the referral playbook warns about, as named rules: each rule that matches adds a
 * finding, and any finding sends the referral to a person before a reward is paid. A rule that
 * fails stops the check, so a referral is never passed as clean when a rule did not run.
 */
@Component
class ReferralChecks {

    private final Rules rules;
    private final DefaultRulesEngine engine;

    ReferralChecks(ReferralProperties properties) {
        this.rules = new Rules(new SelfReferralRule(), new NotANewCustomerRule(properties), new SameHouseholdRule(),
                new SameDeviceRule(), new RewardFarmingRule(properties));
        this.engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(false));
        engine.registerRuleListener(new StopOnFailure());
    }

    /** The findings of every rule that matched, in the rules' order. */
    List<String> run(ReferralCase referralCase) {
        Facts facts = new Facts();
        facts.put(ReferralCase.FACT, referralCase);
        engine.fire(rules, facts);
        return List.copyOf(referralCase.findings());
    }

    /** Easy Rules logs a failing rule and carries on; a check must not. */
    private static final class StopOnFailure implements RuleListener {

        @Override
        public void onEvaluationError(Rule rule, Facts facts, Exception exception) {
            throw new IllegalStateException("Referral check '" + rule.getName() + "' failed", exception);
        }

        @Override
        public void onFailure(Rule rule, Facts facts, Exception exception) {
            throw new IllegalStateException("Referral check '" + rule.getName() + "' failed", exception);
        }
    }
}
