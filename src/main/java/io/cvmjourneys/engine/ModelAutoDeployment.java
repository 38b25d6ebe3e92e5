package io.cvmjourneys.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models packaged from bpmn/, dmn/ and forms/ as one deployment, right after the engine
 * is built and before its job executor starts. Resources are named by their path in the classpath
 * ({@code bpmn/cancellation-winback.bpmn}), wherever the app runs from, so an unchanged model is
 * recognised on restart and not deployed again; the engine's deployment lock keeps two nodes that
 * start together from both deploying it. The latest version of every process and decision is then
 * loaded into the engine's cache, so a node that joins a running cluster is as quick at its first
 * jobs as the nodes already there (parsed on first use, a billing run's timers waited seconds on
 * the new node while the others took the backlog).
 */
@Component
class ModelAutoDeployment extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "cvm-journeys";
    private static final Map<String, String> MODEL_FOLDERS = Map.of("bpmn", ".bpmn", "dmn", ".dmn", "forms", ".form");
    private static final Logger log = LoggerFactory.getLogger(ModelAutoDeployment.class);

    private final ResourcePatternResolver resources;

    ModelAutoDeployment(ResourcePatternResolver resources) {
        this.resources = resources;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        Map<String, Resource> models = packagedModels();
        if (models.isEmpty()) {
            log.warn("No models found in bpmn/, dmn/ or forms/ on the classpath: nothing deployed");
            return;
        }
        DeploymentBuilder deployment = processEngine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("application start-up")
                .enableDuplicateFiltering(false);
        models.forEach((name, resource) -> {
            try {
                deployment.addInputStream(name, resource.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read model " + name, e);
            }
        });
        log.info("Models {} are live in deployment {}", models.keySet(), deployment.deploy().getId());
        loadLatestDefinitions(processEngine.getRepositoryService());
    }

    private static void loadLatestDefinitions(RepositoryService repository) {
        repository.createProcessDefinitionQuery().latestVersion().list()
                .forEach(definition -> repository.getProcessDefinition(definition.getId()));
        repository.createDecisionDefinitionQuery().latestVersion().list()
                .forEach(definition -> repository.getDecisionDefinition(definition.getId()));
    }

    /** Every model file keyed by its classpath path, e.g. {@code forms/cancellation-winback/present-retention-offer.form}. */
    Map<String, Resource> packagedModels() {
        Map<String, Resource> models = new TreeMap<>();
        MODEL_FOLDERS.forEach((folder, extension) -> {
            try {
                for (Resource root : resources.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + folder + "/")) {
                    String rootUrl = root.getURL().toString();
                    for (Resource model : resources.getResources(rootUrl + "**/*" + extension)) {
                        models.put(folder + "/" + model.getURL().toString().substring(rootUrl.length()), model);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the models in " + folder + "/", e);
            }
        });
        return models;
    }
}
