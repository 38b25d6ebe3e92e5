package io.cvmjourneys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.TestHttp;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * A CVM manager deploys a journey, its decision table and its form from Camunda Modeler in one go;
 * a deployment with a broken part is refused whole, with a message that names what to fix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class ModelerDeploymentTest {

    private static final String JOURNEY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://cvmjourneys.io/test">
              <bpmn:process id="%1$s" name="Loyalty thank-you" isExecutable="true" camunda:historyTimeToLive="P30D">
                <bpmn:startEvent id="StartEvent_Begin" />
                <bpmn:businessRuleTask id="Task_ChooseGift" name="Choose the gift" camunda:decisionRef="%1$sGift"
                    camunda:resultVariable="gift" camunda:mapDecisionResult="singleEntry" />
                <bpmn:userTask id="Task_CallCustomer" name="Call the customer" camunda:candidateGroups="call-center"
                    camunda:formRef="%2$s" camunda:formRefBinding="%3$s" />
              </bpmn:process>
            </bpmn:definitions>
            """;
    private static final String TABLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$sGift" name="Gift" namespace="http://cvmjourneys.io/test">
              <decision id="%1$sGift" name="Gift" camunda:historyTimeToLive="P30D">
                <decisionTable id="DecisionTable_Gift">
                  <input id="Input_Segment" label="Segment"><inputExpression id="InputExpression_Segment" typeRef="string"><text>segment</text></inputExpression></input>
                  <output id="Output_Gift" label="Gift" name="gift" typeRef="string" />
                  <rule id="Rule_Everyone"><inputEntry id="UnaryTests_Everyone"><text></text></inputEntry><outputEntry id="LiteralExpression_Everyone"><text>"Streaming month"</text></outputEntry></rule>
                </decisionTable>
              </decision>
            </definitions>
            """;
    private static final String FORM = """
            {"id": "%s", "type": "default", "schemaVersion": 16, "executionPlatform": "Camunda Platform",
             "components": [{"id": "Field_Answer", "key": "answer", "label": "Customer's answer", "type": "textfield"}]}
            """;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void journeyTableAndFormDeployTogetherAsTheModelerSendsThem() {
        ResponseEntity<String> response = deploy("thank-you", Map.of(
                "thank-you.bpmn", JOURNEY.formatted("thank-you", "thank-you-call", "deployment"),
                "thank-you-gift.dmn", TABLE.formatted("thank-you"),
                "call.form", FORM.formatted("thank-you-call")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<Map<String, Object>>read(response.getBody(), "$.deployedProcessDefinitions")).hasSize(1);
        assertThat(JsonPath.<Map<String, Object>>read(response.getBody(), "$.deployedDecisionDefinitions")).hasSize(1);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("thank-you").singleResult().getSource())
                .isEqualTo("Camunda Modeler");
    }

    @Test
    void aJourneyWhoseFormIsMissingIsRefusedWholeAndNamesTheForm() {
        ResponseEntity<String> response = deploy("no-form", Map.of(
                "no-form.bpmn", JOURNEY.formatted("no-form", "no-form-call", "latest"),
                "no-form-gift.dmn", TABLE.formatted("no-form")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(response.getBody(), "$.message"))
                .contains("Task_CallCustomer", "'no-form-call'", "deploy the .form file");
        assertNothingDeployed("no-form");
    }

    @Test
    void aFormBoundToItsOwnDeploymentMustComeWithTheJourney() {
        deploy("earlier-form", Map.of("earlier.form", FORM.formatted("earlier-call")));

        ResponseEntity<String> response = deploy("own-form", Map.of(
                "own-form.bpmn", JOURNEY.formatted("own-form", "earlier-call", "deployment"),
                "own-form-gift.dmn", TABLE.formatted("own-form")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(response.getBody(), "$.message")).contains("'earlier-call'", "not in this deployment");
        assertNothingDeployed("own-form");
    }

    @Test
    void aFormDeployedEarlierServesALaterJourneyBoundToTheLatestForm() {
        deploy("shared-form", Map.of("shared.form", FORM.formatted("shared-call")));

        ResponseEntity<String> response = deploy("uses-shared", Map.of(
                "uses-shared.bpmn", JOURNEY.formatted("uses-shared", "shared-call", "latest"),
                "uses-shared-gift.dmn", TABLE.formatted("uses-shared")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTableTheEngineCannotKeepIsRefusedWithTheReason() {
        ResponseEntity<String> response = deploy("no-ttl", Map.of(
                "no-ttl-gift.dmn", TABLE.formatted("no-ttl").replace(" camunda:historyTimeToLive=\"P30D\"", "")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(response.getBody(), "$.message"))
                .contains("no-ttl-gift.dmn", "History Time To Live (TTL) cannot be null");
        assertNothingDeployed("no-ttl");
    }

    @Test
    void anUnparseableJourneyTakesItsTableAndFormDownWithIt() {
        ResponseEntity<String> response = deploy("broken", Map.of(
                "broken.bpmn", JOURNEY.formatted("broken", "broken-call", "deployment").replace("</bpmn:process>", ""),
                "broken-gift.dmn", TABLE.formatted("broken"),
                "broken.form", FORM.formatted("broken-call")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(response.getBody(), "$.message"))
                .contains("nothing was deployed", "Could not parse 'broken.bpmn'", "must be terminated");
        assertNothingDeployed("broken");
    }

    private void assertNothingDeployed(String name) {
        assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(name + "Gift").count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(name).count()).isZero();
    }

    private ResponseEntity<String> deploy(String name, Map<String, String> files) {
        RestClient manager = TestHttp.client(port).mutate()
                .defaultHeaders(headers -> headers.setBasicAuth("manager", "demo")).build();
        return TestHttp.deployAsModeler(manager, name, files);
    }
}
