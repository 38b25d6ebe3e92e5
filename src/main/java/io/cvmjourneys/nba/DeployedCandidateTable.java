package io.cvmjourneys.nba;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of the candidate table, parsed once per version. A CVM manager's
 * deployment from Camunda Modeler is picked up by the next decision, on every node, without restart:
 * each decision asks the engine which version is latest (one indexed query) and parses only a new one.
 * Evaluation runs on a DMN engine of our own with the JUEL-based (legacy) FEEL setup — about a
 * hundred times faster than FEEL-Scala for the simple tests the table uses — and without the
 * engine's history listeners: the decision log records every decision instead.
 */
@Component
class DeployedCandidateTable {

    private final RepositoryService repositoryService;
    private final DmnEngine dmnEngine = fastDmnEngine();
    private volatile CandidateTable current;

    DeployedCandidateTable(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    static DmnEngine fastDmnEngine() {
        return ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
                .enableFeelLegacyBehavior(true)
                .buildEngine();
    }

    CandidateTable current() {
        DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CandidateTable.DECISION_KEY)
                .latestVersion()
                .singleResult();
        if (latest == null) {
            throw new IllegalStateException("No decision table '" + CandidateTable.DECISION_KEY
                    + "' is deployed: deploy dmn/next-best-action-candidates.dmn");
        }
        CandidateTable table = current;
        if (table == null || !table.definitionId().equals(latest.getId())) {
            table = parse(latest);
            current = table;
        }
        return table;
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
