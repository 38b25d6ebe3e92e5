package io.cvmjourneys.engine;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST resources, plus this application's answers to refused model deployments and task
 * completions, and to failures that are not the caller's fault (see {@link EngineRestAnswers}).
 */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(ModelDeploymentRefusals.class);
        register(FormRuleRefusals.class);
        register(StepDatabaseFailures.class);
    }
}
