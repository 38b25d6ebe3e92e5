package io.cvmjourneys.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class CamundaJourneyRuntime implements JourneyRuntime {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ProcessEngineConfigurationImpl engine;
    private final JdbcClient jdbc;

    CamundaJourneyRuntime(RuntimeService runtimeService, RepositoryService repositoryService,
                          ProcessEngineConfigurationImpl engine, JdbcClient jdbc) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.engine = engine;
        this.jdbc = jdbc;
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
     * One plain SQL read of the customer's journeys and the steps they wait at, in place of the engine's
     * process instance query and one activity query per journey: that query rebuilds its dynamic SQL on
     * every call (MyBatis evaluating its many OGNL conditions), which took a quarter of the CPU of a
     * next-best-action request. It selects what the query did: process instances of the business key
     * that are not suspended; a journey's steps are the activities of its active executions, as
     * {@code RuntimeService#getActiveActivityIds} collects them. Definitions and models come from the
     * engine's cache, in one command.
     */
    @Override
    public List<ActiveJourney> activeJourneys(String businessKey) {
        return activeJourneys(List.of(businessKey)).getOrDefault(businessKey, List.of());
    }

    @Override
    public Map<String, List<ActiveJourney>> activeJourneys(Collection<String> businessKeys) {
        Map<String, Map<String, JourneyRow>> byKey = new LinkedHashMap<>();
        if (businessKeys.isEmpty()) {
            return Map.of();
        }
        List<Object> parameters = new ArrayList<>(businessKeys);
        parameters.add(SuspensionState.ACTIVE.getStateCode());
        jdbc.sql("""
                SELECT journey.BUSINESS_KEY_ AS business_key, journey.ID_ AS journey_id,
                       journey.PROC_DEF_ID_ AS definition_id, step.ACT_ID_ AS step_id
                FROM ACT_RU_EXECUTION journey
                LEFT JOIN ACT_RU_EXECUTION step
                       ON step.PROC_INST_ID_ = journey.ID_ AND step.IS_ACTIVE_ = TRUE AND step.ACT_ID_ IS NOT NULL
                WHERE journey.BUSINESS_KEY_ IN (""" + String.join(", ", Collections.nCopies(businessKeys.size(), "?")) + """
                ) AND journey.PARENT_ID_ IS NULL AND journey.SUSPENSION_STATE_ = ?
                ORDER BY journey.ID_, step.ACT_ID_""")
                .params(parameters)
                .query((RowCallbackHandler) row -> {
                    String definitionId = row.getString("definition_id");
                    JourneyRow journey = byKey.computeIfAbsent(row.getString("business_key"), key -> new LinkedHashMap<>())
                            .computeIfAbsent(row.getString("journey_id"), id -> new JourneyRow(id, definitionId, new ArrayList<>()));
                    String step = row.getString("step_id");
                    if (step != null) {
                        journey.steps().add(step);
                    }
                });
        if (byKey.isEmpty()) {
            return Map.of();
        }
        return engine.getCommandExecutorTxRequired().execute(command -> {
            Map<String, List<ActiveJourney>> described = new LinkedHashMap<>();
            byKey.forEach((key, journeys) -> described.put(key, journeys.values().stream().map(this::describe).toList()));
            return described;
        });
    }

    private record JourneyRow(String processInstanceId, String definitionId, List<String> steps) {
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

    private ActiveJourney describe(JourneyRow journey) {
        var model = repositoryService.getBpmnModelInstance(journey.definitionId());
        List<String> steps = journey.steps().stream()
                .map(activityId -> model.<FlowElement>getModelElementById(activityId))
                .map(step -> step.getName() == null ? step.getId() : step.getName())
                .toList();
        return ActiveJourney.of(repositoryService.getProcessDefinition(journey.definitionId()), journey.processInstanceId(), steps);
    }
}
