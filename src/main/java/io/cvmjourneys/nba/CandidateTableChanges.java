package io.cvmjourneys.nba;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Counts deployments of the candidate table on this node: whenever the engine reads a new version
 * of it (a deployment, or a definition loaded after restart), the count moves once the transaction
 * has committed. {@link DeployedCandidateTable} asks the engine for the latest version only when the
 * count moved, or at the latest after a second — the time another node's deployment may take to show.
 */
@Component
class CandidateTableChanges extends AbstractProcessEnginePlugin {

    private final AtomicLong generation = new AtomicLong();

    long generation() {
        return generation.get();
    }

    /** After init: the engine's DMN transformer, which deployments run through, exists by then. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        DmnTransformer transformer = configuration.getDmnEngineConfiguration().getTransformer();
        List<DmnTransformListener> listeners = new ArrayList<>(transformer.getTransformListeners());
        listeners.add(new CandidateTableTransformed());
        transformer.setTransformListeners(listeners);
    }

    private final class CandidateTableTransformed implements DmnTransformListener {

        @Override
        public void transformDecision(Decision decision, DmnDecision dmnDecision) {
            if (!CandidateTable.DECISION_KEY.equals(dmnDecision.getKey())) {
                return;
            }
            if (Context.getCommandContext() != null) {
                Context.getCommandContext().getTransactionContext()
                        .addTransactionListener(TransactionState.COMMITTED, committed -> generation.incrementAndGet());
            } else {
                generation.incrementAndGet();
            }
        }

        @Override
        public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
        }

        @Override
        public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
        }

        @Override
        public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
        }

        @Override
        public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
        }
    }
}
