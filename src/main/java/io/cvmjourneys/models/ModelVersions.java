package io.cvmjourneys.models;

import io.cvmjourneys.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What is deployed, as a CVM manager asks it: the live (latest) version of every journey and
 * decision table, where it came from, and which journey versions still have journeys running.
 * New journeys start on the live version; running ones finish on the version they started with.
 */
@Service
class ModelVersions {

    record Origin(String deploymentName, String source, Instant deployedAt) {
    }

    record RunningVersion(int version, String versionTag, long running) {
    }

    record Journey(String key, String name, int liveVersion, String versionTag, Origin origin,
                   List<RunningVersion> versions) {
    }

    record Table(String key, String name, int liveVersion, String versionTag, Origin origin, List<Integer> versions) {
    }

    /** Far above any real count of versions per model; the engine refuses unbounded lists above its own limit. */
    private static final int MAX_ROWS = 1000;

    private final RepositoryService repository;
    private final RuntimeService runtime;

    ModelVersions(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    List<Journey> journeys() {
        Function<String, Origin> origins = origins();
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc()
                .listPage(0, MAX_ROWS).stream()
                .map(live -> new Journey(live.getKey(), live.getName(), live.getVersion(), live.getVersionTag(),
                        origins.apply(live.getDeploymentId()), runningVersions(live)))
                .toList();
    }

    List<Table> tables() {
        Function<String, Origin> origins = origins();
        return repository.createDecisionDefinitionQuery().latestVersion().orderByDecisionDefinitionKey().asc()
                .listPage(0, MAX_ROWS).stream()
                .map(live -> new Table(live.getKey(), live.getName(), live.getVersion(), live.getVersionTag(),
                        origins.apply(live.getDeploymentId()), repository.createDecisionDefinitionQuery()
                        .decisionDefinitionKey(live.getKey()).orderByDecisionDefinitionVersion().desc()
                        .listPage(0, MAX_ROWS).stream().map(DecisionDefinition::getVersion).toList()))
                .toList();
    }

    Table table(String key) {
        return tables().stream().filter(table -> table.key().equals(key)).findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No decision table '" + key + "' is deployed", "key"));
    }

    /**
     * What changed from one version of a decision table to another (either order); without
     * versions, what the live version changed against the one before it.
     */
    DecisionTableDiff.TableDiff diff(String key, Integer fromVersion, Integer toVersion) {
        int to = toVersion == null ? table(key).liveVersion() : toVersion;
        int from = fromVersion == null ? Math.max(1, to - 1) : fromVersion;
        try (InputStream before = tableModel(key, from); InputStream after = tableModel(key, to)) {
            return DecisionTableDiff.between(key, from, before, to, after);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read decision table " + key, e);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage(), "key");
        }
    }

    private InputStream tableModel(String key, int version) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .decisionDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "Decision table '" + key + "' has no version " + version,
                    "version");
        }
        return repository.getDecisionModel(definition.getId());
    }

    /** The live version always, older versions while journeys still run on them; newest first. */
    private List<RunningVersion> runningVersions(ProcessDefinition live) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(live.getKey())
                .orderByProcessDefinitionVersion().desc().listPage(0, MAX_ROWS).stream()
                .map(definition -> new RunningVersion(definition.getVersion(), definition.getVersionTag(),
                        runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count()))
                .filter(version -> version.version() == live.getVersion() || version.running() > 0)
                .toList();
    }

    /** Deployments looked up once per listing, however many models share one. */
    private Function<String, Origin> origins() {
        Map<String, Origin> known = new HashMap<>();
        return deploymentId -> known.computeIfAbsent(deploymentId, id -> {
            Deployment deployment = repository.createDeploymentQuery().deploymentId(id).singleResult();
            return new Origin(deployment.getName(), deployment.getSource(),
                    deployment.getDeploymentTime().toInstant());
        });
    }
}
