package io.cvmjourneys.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A deployed model can run no script, no arbitrary class and reach no bean but delegates. */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
class ModelSafetyTest {

    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Unsafe" targetNamespace="http://cvmjourneys.io/test">
              <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Begin" />
                %s
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;

    @Test
    void scriptTaskIsRefusedAtDeployment() {
        assertRefused("script-task", """
                <bpmn:scriptTask id="Task_RunScript" scriptFormat="javascript"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>
                """, "script task 'Task_RunScript'");
    }

    @Test
    void scriptInAListenerIsRefusedAtDeployment() {
        assertRefused("script-listener", """
                <bpmn:endEvent id="EndEvent_Done"><bpmn:extensionElements><camunda:executionListener event="end">
                  <camunda:script scriptFormat="groovy">println 'x'</camunda:script>
                </camunda:executionListener></bpmn:extensionElements></bpmn:endEvent>
                """, "camunda:script");
    }

    @Test
    void javaClassDelegateIsRefusedAtDeployment() {
        assertRefused("class-delegate", """
                <bpmn:serviceTask id="Task_CallClass" camunda:class="java.lang.Runtime" />
                """, "camunda:class=\"java.lang.Runtime\"");
    }

    @Test
    void javaClassListenerIsRefusedAtDeployment() {
        assertRefused("class-listener", """
                <bpmn:endEvent id="EndEvent_Done"><bpmn:extensionElements>
                  <camunda:executionListener event="end" class="java.lang.Runtime" />
                </bpmn:extensionElements></bpmn:endEvent>
                """, "camunda:class=\"java.lang.Runtime\"");
    }

    @Test
    void aDelegateNamingNoBeanOfTheApplicationIsRefusedAtDeployment() {
        assertThatThrownBy(() -> deploy("unknown-delegate", """
                <bpmn:sequenceFlow id="SequenceFlow_ToApply" sourceRef="StartEvent_Begin" targetRef="Task_ApplyOffer" />
                <bpmn:serviceTask id="Task_ApplyOffer" camunda:delegateExpression="${applyRetentionOfer}" />
                """))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("'Task_ApplyOffer' names ${applyRetentionOfer}, which is no delegate or listener bean");
        assertThat(repositoryService.createDeploymentQuery().deploymentName("unknown-delegate").count()).isZero();
    }

    @Test
    void expressionsReachDelegatesButNoOtherBean() {
        deploy("bean-probe", """
                <bpmn:sequenceFlow id="SequenceFlow_ToRead" sourceRef="StartEvent_Begin" targetRef="Task_ReadIdentity" />
                <bpmn:serviceTask id="Task_ReadIdentity" camunda:expression="${identityService.createUserQuery().count()}" />
                """);

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("bean-probe"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("identityService");
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        var serialized = Variables.serializedObjectValue("rO0ABXQAA2FiYw==")
                .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                .objectTypeName(String.class.getName()).create();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("cancellation-winback", "CUST-SER",
                Map.of("payload", serialized)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Java serialization");
    }

    @Test
    void onlyCvmManagersMayDeployEvenInsideTheEngine() {
        identityService.setAuthentication("analyst", List.of("analytics-team"));
        try {
            assertThatThrownBy(() -> deploy("analyst-probe", ""))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(repositoryService.createDeploymentQuery().deploymentName("analyst-probe").count()).isZero();
    }

    private void assertRefused(String processId, String elements, String expectedReason) {
        assertThatThrownBy(() -> deploy(processId, elements))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(expectedReason)
                .hasMessageContaining("camunda:delegateExpression");
        assertThat(repositoryService.createDeploymentQuery().deploymentName(processId).count()).isZero();
    }

    private void deploy(String processId, String elements) {
        repositoryService.createDeployment().name(processId)
                .addString(processId + ".bpmn", PROCESS.formatted(processId, elements))
                .deploy();
    }
}
