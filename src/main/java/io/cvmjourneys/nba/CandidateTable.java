package io.cvmjourneys.nba;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One version of the candidate decision table, parsed and ready: turns a customer's facts into
 * candidates from the action catalog. In memory only; {@link DeployedCandidateTable} keeps it current.
 */
final class CandidateTable {

    static final String DECISION_KEY = "nextBestActionCandidates";
    private static final Logger log = LoggerFactory.getLogger(CandidateTable.class);

    private final DmnEngine dmnEngine;
    private final DmnDecision decision;
    private final String definitionId;
    private final int version;

    CandidateTable(DmnEngine dmnEngine, DmnDecision decision, String definitionId, int version) {
        this.dmnEngine = dmnEngine;
        this.decision = decision;
        this.definitionId = definitionId;
        this.version = version;
    }

    String definitionId() {
        return definitionId;
    }

    int version() {
        return version;
    }

    /**
     * Every catalog action a row of the table proposes; when several rows propose the same action,
     * the one with the highest propensity speaks for it. A row naming an action the catalog does not
     * know is left out (and logged): the table and the catalog are edited by different hands.
     */
    List<Candidate> propose(VariableMap facts, Map<String, Action> catalog) {
        Map<String, Candidate> proposed = new LinkedHashMap<>();
        for (DmnDecisionResultEntries row : dmnEngine.evaluateDecision(decision, facts)) {
            String actionId = row.getEntry("actionId");
            Action action = catalog.get(actionId);
            if (action == null) {
                log.warn("Decision table {} v{} proposes action '{}', which is not in the action catalog", DECISION_KEY,
                        version, actionId);
                continue;
            }
            Number value = (Number) row.get("value");
            Candidate candidate = new Candidate(action, ((Number) row.getEntry("propensity")).doubleValue(),
                    value == null ? action.value() : BigDecimal.valueOf(value.doubleValue()), row.getEntry("reason"));
            proposed.merge(actionId, candidate, (kept, other) -> other.propensity() > kept.propensity() ? other : kept);
        }
        return List.copyOf(proposed.values());
    }
}
