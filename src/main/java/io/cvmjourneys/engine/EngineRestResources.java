package io.cvmjourneys.engine;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST resources, plus this application's answers to refused model deployments and task
 * completions, to failures that are not the caller's fault (see {@link EngineRestAnswers}) and to
 * bodies that are not JSON, every refusal in plain words.
 */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(ModelDeploymentRefusals.class);
        register(FormRuleRefusals.class);
        register(StepDatabaseFailures.class);
        register(UnreadableRequestBodies.BrokenJson.class);
        register(UnreadableRequestBodies.WrongShape.class);
        register(PlainRefusals.class);
    }
}
