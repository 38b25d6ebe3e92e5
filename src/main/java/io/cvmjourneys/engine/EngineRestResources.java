package io.cvmjourneys.engine;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST resources, plus this application's answers to refused model deployments and task
 * completions, to failures that are not the caller's fault (see {@link EngineRestAnswers}) and to
 * bodies that are not JSON, every refusal in plain words, and the uploads' size limit on deployments.
 */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

    private final MultipartProperties uploads;

    EngineRestResources(MultipartProperties uploads) {
        this.uploads = uploads;
    }

    @Override
    protected void registerAdditionalResources() {
        register(ModelDeploymentRefusals.class);
        register(WrappedRefusals.class);
        register(StepDatabaseFailures.class);
        register(UnreadableRequestBodies.BrokenJson.class);
        register(UnreadableRequestBodies.WrongShape.class);
        register(PlainRefusals.class);
        register(VariablesInBodies.class);
        register(AnswersWhateverAccepted.class);
        register(new DeploymentSizeLimit(uploads.getMaxRequestSize()));
    }
}
