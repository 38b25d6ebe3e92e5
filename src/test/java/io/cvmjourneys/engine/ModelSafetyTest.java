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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A deployed model can run no script, no arbitrary class, reach no bean but delegates, and say nothing
 * in an expression that reaches the engine's objects or Java's insides.
 */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
class ModelSafetyTest {

    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Unsafe" targetNamespace="http://cvmjourneys.io/test">
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
                <bpmn:serviceTask id="Task_ReadIdentity" camunda:expression="${identityService}" />
                """);

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("bean-probe"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("identityService");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the engine's services from a task | <bpmn:serviceTask id="Task_Reach" camunda:expression="${execution.getProcessEngineServices().getRuntimeService()}" /> | 'serviceTask' 'Task_Reach' has the expression ${execution.getProcessEngineServices().getRuntimeService()}
            the engine's services as a property | <bpmn:serviceTask id="Task_Reach" camunda:expression="${execution.processEngineServices.runtimeService}" /> | the engine's object 'execution'
            a variable set by a listener | <bpmn:endEvent id="EndEvent_Done"><bpmn:extensionElements><camunda:executionListener event="end" expression="${execution.setVariable('approved', true)}" /></bpmn:extensionElements></bpmn:endEvent> | 'executionListener' in 'endEvent' 'EndEvent_Done' has the expression ${execution.setVariable('approved', true)}
            the task's internals | <bpmn:userTask id="Task_Look"><bpmn:extensionElements><camunda:taskListener event="create" expression="${task.execution.processEngineServices}" /></bpmn:extensionElements></bpmn:userTask> | the engine's object 'task'
            Java's reflection in a condition | <bpmn:endEvent id="EndEvent_Done" /><bpmn:sequenceFlow id="SequenceFlow_Done" sourceRef="StartEvent_Begin" targetRef="EndEvent_Done"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${reason.class.forName('java.lang.Runtime') != null}</bpmn:conditionExpression></bpmn:sequenceFlow> | 'conditionExpression' in 'sequenceFlow' 'SequenceFlow_Done' has the expression ${reason.class.forName('java.lang.Runtime') != null}
            a method of a variable in a mapping | <bpmn:serviceTask id="Task_Map" camunda:delegateExpression="${assessCustomer}"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x">${reason.getBytes()}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask> | it calls the method 'getBytes'
            a property named at run time | <bpmn:serviceTask id="Task_Map" camunda:delegateExpression="${assessCustomer}"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x">${reason[field]}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask> | a name given at run time
            a bean's insides in a timer | <bpmn:intermediateCatchEvent id="Event_Wait"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${assessCustomer.class.simpleName}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent> | 'timeDuration' in 'intermediateCatchEvent' 'Event_Wait' has the expression ${assessCustomer.class.simpleName}
            """)
    void anExpressionReachingPastVariablesIsRefusedAtDeploymentNamingTheElementAndTheExpression(String what, String elements,
                                                                                               String expectedReason) {
        String processId = "expression-probe-" + Math.abs(what.hashCode());
        assertThatThrownBy(() -> deploy(processId, elements))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(expectedReason);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(processId).count()).isZero();
    }

    @Test
    void aMessageNamedByAnExpressionKeepsToTheSameRule() {
        assertThatThrownBy(() -> repositoryService.createDeployment().name("message-probe").addString("message-probe.bpmn",
                PROCESS.formatted("message-probe", "").replace("</bpmn:definitions>",
                        "<bpmn:message id=\"Message_Reach\" name=\"${execution.processEngineServices}\" /></bpmn:definitions>"))
                .deploy())
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("The model's message 'Message_Reach' is refused")
                .hasMessageContaining("the engine's object 'execution'");
    }

    @Test
    void whatTheJourneysSayInExpressionsStillDeploys() {
        deploy("expression-allowed", """
                <bpmn:sequenceFlow id="SequenceFlow_ToDecide" sourceRef="StartEvent_Begin" targetRef="Task_Decide" />
                <bpmn:businessRuleTask id="Task_Decide" camunda:decisionRef="paymentRisk">
                  <bpmn:extensionElements><camunda:inputOutput>
                    <camunda:outputParameter name="riskBand">${decisionResult.getSingleResult().riskBand}</camunda:outputParameter>
                    <camunda:outputParameter name="fee">${decisionResult.getSingleResult().fee == null ? 0.0 : decisionResult.getSingleResult().fee - currentFee}</camunda:outputParameter>
                  </camunda:inputOutput></bpmn:extensionElements>
                </bpmn:businessRuleTask>
                <bpmn:sequenceFlow id="SequenceFlow_Risky" sourceRef="Task_Decide" targetRef="EndEvent_Done">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${riskScore > 70 &amp;&amp; channel == 'STORE' || empty reason}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:endEvent id="EndEvent_Done" />
                """);

        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("expression-allowed").count()).isOne();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Java's reflection in an output entry | <text>reason</text> | <text>${reason.getClass().getName()}</text> | output entry of rule 'Rule_Only' is refused: ${reason.getClass().getName()} — it calls the method
            a bare method call in an output entry | <text>reason</text> | <text>reason.getClass()</text> | it calls the method 'getClass'
            the engine's services in an input | <text>execution.processEngineServices</text> | <text>"LOW"</text> | input 'Reason' is refused: execution.processEngineServices — it names the engine's object 'execution'
            """)
    void aDecisionTableReachingPastItsInputsIsRefusedAtDeployment(String what, String inputExpression, String outputEntry,
                                                                  String expectedReason) {
        String name = "dmn-probe-" + Math.abs(what.hashCode());
        assertThatThrownBy(() -> deployDecision(name, "", inputExpression, outputEntry))
                .isInstanceOf(ProcessEngineException.class)
                .hasStackTraceContaining(expectedReason);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    @Test
    void aDecisionTableInAScriptLanguageIsRefused() {
        assertThatThrownBy(() -> deployDecision("dmn-script", " expressionLanguage=\"javascript\"", "<text>reason</text>",
                "<text>'LOW'</text>"))
                .isInstanceOf(ProcessEngineException.class)
                .hasStackTraceContaining("it is written in 'javascript'; decision tables run no scripts here");
    }

    @Test
    void whatTheShippedTablesSayStillDeploys() {
        deployDecision("dmn-allowed", "", "<text>amount * 2</text>", "<text>\"LOW\"</text>");

        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("dmnProbe").count()).isPositive();
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        var serialized = Variables.serializedObjectValue("rO0ABXQAA2FiYw==")
                .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                .objectTypeName(String.class.getName()).create();

        deploy("serialization-probe", """
                <bpmn:sequenceFlow id="SequenceFlow_ToEnd" sourceRef="StartEvent_Begin" targetRef="EndEvent_Done" />
                <bpmn:endEvent id="EndEvent_Done" />
                """);

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("serialization-probe", Map.of("payload", serialized)))
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

    /** One decision table, {@code dmnProbe}, with one input ({@code languageOfInput} as attributes of its expression) and one rule. */
    private void deployDecision(String name, String languageOfInput, String inputExpression, String outputEntry) {
        repositoryService.createDeployment().name(name).addString(name + ".dmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Probe" name="Probe"
                    namespace="http://cvmjourneys.io/test">
                  <decision id="dmnProbe" name="Probe" camunda:historyTimeToLive="P1D">
                    <decisionTable id="DecisionTable_Probe">
                      <input id="Input_Reason" label="Reason">
                        <inputExpression id="InputExpression_Reason" typeRef="string"%s>%s</inputExpression>
                      </input>
                      <output id="Output_Band" name="band" typeRef="string" />
                      <rule id="Rule_Only">
                        <inputEntry id="InputEntry_Any"><text></text></inputEntry>
                        <outputEntry id="OutputEntry_Band">%s</outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(languageOfInput, inputExpression, outputEntry)).deploy();
    }

    private void deploy(String processId, String elements) {
        repositoryService.createDeployment().name(processId)
                .addString(processId + ".bpmn", PROCESS.formatted(processId, elements))
                .deploy();
    }
}
