package io.cvmjourneys.nba;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of the candidate table, parsed once per version. A CVM manager's
 * deployment from Camunda Modeler is picked up without restart: by the next decision on the node
 * that deployed it, and within a second on the others (see {@link CandidateTableChanges}); only then
 * does a decision ask the engine which version is latest.
 * Evaluation runs on a DMN engine of our own with the JUEL-based (legacy) FEEL setup — about a
 * hundred times faster than FEEL-Scala for the simple tests the table uses — and without the
 * engine's history listeners: the decision log records every decision instead.
 */
@Component
class DeployedCandidateTable {

    private static final long RECHECK_AFTER_NANOS = Duration.ofSeconds(1).toNanos();

    private record Checked(CandidateTable table, long generation, long atNanos) {
    }

    private final RepositoryService repositoryService;
    private final CandidateTableChanges changes;
    private final DmnEngine dmnEngine = fastDmnEngine();
    private volatile Checked checked;

    DeployedCandidateTable(RepositoryService repositoryService, CandidateTableChanges changes) {
        this.repositoryService = repositoryService;
        this.changes = changes;
    }

    static DmnEngine fastDmnEngine() {
        return ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
                .enableFeelLegacyBehavior(true)
                .buildEngine();
    }

    /**
     * The table to decide with. One thread at a time asks the engine and parses: on a node that has
     * just started, every job thread and request needs the table at once, and each parsing its own
     * copy made the node's first decisions take seconds.
     */
    CandidateTable current() {
        Checked last = checked;
        if (stillCurrent(last)) {
            return last.table();
        }
        synchronized (this) {
            last = checked;
            if (stillCurrent(last)) {
                return last.table();
            }
            long generation = changes.generation();
            CandidateTable table = latest(last == null ? null : last.table());
            checked = new Checked(table, generation, System.nanoTime());
            return table;
        }
    }

    private boolean stillCurrent(Checked last) {
        return last != null && last.generation() == changes.generation()
                && System.nanoTime() - last.atNanos() < RECHECK_AFTER_NANOS;
    }

    /** A version nobody deployed (e.g. an upload to replay), parsed as a deployment would parse it. */
    CandidateTable parseUndeployed(InputStream model) {
        return new CandidateTable(dmnEngine, dmnEngine.parseDecision(CandidateTable.DECISION_KEY, model), "undeployed", 0);
    }

    /** Parsed before the node takes requests and jobs, which would otherwise all wait for it at once. */
    @EventListener(ApplicationStartedEvent.class)
    void loadBeforeTraffic() {
        current();
    }

    private CandidateTable latest(CandidateTable known) {
        DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CandidateTable.DECISION_KEY)
                .latestVersion()
                .singleResult();
        if (latest == null) {
            throw new IllegalStateException("No decision table '" + CandidateTable.DECISION_KEY
                    + "' is deployed: deploy dmn/next-best-action-candidates.dmn");
        }
        return known != null && known.definitionId().equals(latest.getId()) ? known : parse(latest);
    }

    private CandidateTable parse(DecisionDefinition definition) {
        try (InputStream model = repositoryService.getDecisionModel(definition.getId())) {
            return new CandidateTable(dmnEngine, dmnEngine.parseDecision(CandidateTable.DECISION_KEY, model),
                    definition.getId(), definition.getVersion());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read decision table " + definition.getId(), e);
        }
    }
}
