package io.cvmjourneys.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

@Component
class CamundaJourneyRuntime implements JourneyRuntime {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ProcessEngineConfigurationImpl engine;

    CamundaJourneyRuntime(RuntimeService runtimeService, RepositoryService repositoryService,
                          ProcessEngineConfigurationImpl engine) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.engine = engine;
    }

    @Override
    public Optional<String> activeJourney(String processId, String businessKey) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(processId)
                .processInstanceBusinessKey(businessKey)
                .active()
                .listPage(0, 1).stream()
                .map(ProcessInstance::getId)
                .findFirst();
    }

    @Override
    public String journeyName(String processId) {
        var latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processId).latestVersion().singleResult();
        return latest == null || latest.getName() == null ? processId : latest.getName();
    }

    /**
     * One query for the journeys, one per journey for its steps; definitions and models come from the
     * engine's cache. All in one command: the engine opens one command context for them instead of one
     * per call (a next-best-action decision reads this for every request).
     */
    @Override
    public List<ActiveJourney> activeJourneys(String businessKey) {
        return engine.getCommandExecutorTxRequired().execute(command -> runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .active()
                .list().stream()
                .map(this::describe)
                .toList());
    }

    @Override
    public Optional<String> waitingFor(String messageName, String businessKey) {
        return runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(messageName)
                .active()
                .listPage(0, 1).stream()
                .map(Execution::getProcessInstanceId)
                .findFirst();
    }

    @Override
    public String correlate(String messageName, String businessKey, Map<String, Object> variables) {
        return runtimeService.createMessageCorrelation(messageName)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables)
                .correlateWithResult()
                .getExecution()
                .getProcessInstanceId();
    }

    @Override
    public String startJourney(String processId, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processId, businessKey, variables).getId();
    }

    private ActiveJourney describe(ProcessInstance journey) {
        String definitionId = journey.getProcessDefinitionId();
        var model = repositoryService.getBpmnModelInstance(definitionId);
        List<String> steps = runtimeService.getActiveActivityIds(journey.getId()).stream()
                .map(activityId -> model.<FlowElement>getModelElementById(activityId))
                .map(step -> step.getName() == null ? step.getId() : step.getName())
                .toList();
        return ActiveJourney.of(repositoryService.getProcessDefinition(definitionId), journey.getId(), steps);
    }
}
