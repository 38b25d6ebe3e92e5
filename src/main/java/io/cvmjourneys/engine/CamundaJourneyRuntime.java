package io.cvmjourneys.engine;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

@Component
class CamundaJourneyRuntime implements JourneyRuntime {

    private final RuntimeService runtimeService;

    CamundaJourneyRuntime(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
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
    public String startJourney(String processId, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processId, businessKey, variables).getId();
    }
}
