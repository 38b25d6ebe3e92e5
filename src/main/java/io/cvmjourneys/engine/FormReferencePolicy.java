package io.cvmjourneys.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.repository.ResourceDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * Refuses at deployment a user task or start event whose {@code camunda:formRef} names a Camunda
 * Form that is neither in the same deployment nor already deployed: the Modeler's deployment fails
 * with the form's name, instead of an agent meeting a task that cannot be opened.
 */
class FormReferencePolicy extends AbstractBpmnParseListener {

    private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);
    private static final String SAME_DEPLOYMENT = "deployment";
    private static final String SAME_DEPLOYMENT_HINT = " (formRefBinding=\"deployment\": Camunda Modeler leaves out"
            + " files unchanged since the last deployment of the same name, so change the form or the deployment name)";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        check(element, activity);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        check(element, activity);
    }

    private static void check(Element element, ActivityImpl activity) {
        String formRef = element.attributeNS(CAMUNDA, "formRef");
        if (formRef == null || formRef.contains("{")) {
            return; // no form, or one chosen at run time by an expression
        }
        String deploymentId = ((ResourceDefinitionEntity<?>) activity.getProcessDefinition()).getDeploymentId();
        CommandContext commandContext = Context.getCommandContext();
        DeploymentEntity deployment = commandContext.getDeploymentManager().findDeploymentById(deploymentId);
        // a definition deployed earlier, parsed again into the cache (e.g. after a restart) with its BPMN resource only
        if (deployment != null && !deployment.isNew() || formsIn(deployment).contains(formRef)) {
            return;
        }
        boolean sameDeploymentOnly = SAME_DEPLOYMENT.equals(element.attributeNS(CAMUNDA, "formRefBinding"));
        if (!sameDeploymentOnly && commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef) != null) {
            return;
        }
        throw new BpmnParseException("'" + element.attribute("id") + "' (" + element.attribute("name")
                + ") opens the form '" + formRef + "', which is " + (sameDeploymentOnly ? "not in this deployment"
                : "neither in this deployment nor deployed before")
                + ": deploy the .form file whose id is '" + formRef + "' together with the model"
                + (sameDeploymentOnly ? SAME_DEPLOYMENT_HINT : ""), element);
    }

    private static Set<String> formsIn(DeploymentEntity deployment) {
        if (deployment == null || deployment.getResources() == null) {
            return Set.of();
        }
        return deployment.getResources().values().stream()
                .filter(resource -> resource.getName().endsWith(".form"))
                .map(FormReferencePolicy::formId)
                .collect(Collectors.toSet());
    }

    private static String formId(ResourceEntity resource) {
        try {
            return JSON.readTree(resource.getBytes()).path("id").asText();
        } catch (IOException e) {
            throw new BpmnParseException("The form file '" + resource.getName() + "' is not valid JSON: "
                    + e.getMessage(), null);
        }
    }
}
