package io.cvmjourneys.customer;

import static io.cvmjourneys.customer.CustomerFixture.AREA;
import static io.cvmjourneys.customer.CustomerFixture.NOW;
import static io.cvmjourneys.customer.CustomerFixture.RICH;
import static io.cvmjourneys.customer.CustomerFixture.SPARE;
import static io.cvmjourneys.customer.CustomerFixture.SPARSE;
import static io.cvmjourneys.customer.CustomerFixture.TODAY;
import static io.cvmjourneys.customer.CustomerFixture.ago;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.journeys.cancellation.CancellationVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.testsupport.TestHttp;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * The customer context as the pipeline and an agent see it, read from the fixture customers next to
 * the demo base (the demo profile brings the users the REST calls sign in with). The clock stands
 * still at {@link CustomerFixture#NOW} (the tests' default instant), so windows and days overdue are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class CustomerDirectoryTest {

    @LocalServerPort
    int port;
    @Autowired
    CustomerDirectory directory;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;

    @BeforeEach
    void fixtureCustomers() {
        if (directory.context(RICH).isEmpty()) {
            new CustomerBaseWriter(jdbcTemplate).write(CustomerFixture.customers());
        }
    }

    @Test
    void contextCarriesProfileProductsAndConsents() {
        CustomerContext context = directory.context(RICH).orElseThrow();

        assertThat(context.customer().name()).isEqualTo("Zebedee Quixworth");
        assertThat(context.customer().vulnerable()).isTrue();
        assertThat(context.customer().quietFrom()).isEqualTo(LocalTime.of(21, 0));
        assertThat(context.customer().quietUntil()).isEqualTo(LocalTime.of(8, 0));
        assertThat(context.tenureMonths(TODAY)).isEqualTo(72);
        assertThat(context.subscriptions()).extracting(Subscription::plan).containsExactly("Unlimited", "Essential 20GB");
        assertThat(context.daysToContractEnd(TODAY)).contains(45L);
        assertThat(context.daysToDeviceLeaseEnd(TODAY)).contains(20L);
        assertThat(context.consents()).containsExactlyInAnyOrder(new Consent(ConsentPurpose.SERVICE, Channel.SMS),
                new Consent(ConsentPurpose.MARKETING, Channel.EMAIL));
        assertThat(context.hasConsent(ConsentPurpose.MARKETING, Channel.SMS)).as("withdrawn").isFalse();
        assertThat(context.readAt()).isEqualTo(NOW);
    }

    @Test
    void billingCountsUnpaidInvoicesAndDaysSinceTheOldestFellDue() {
        Billing billing = directory.context(RICH).orElseThrow().billing();

        assertThat(billing.openBalance()).isEqualByComparingTo("125.50");
        assertThat(billing.overdueInvoices()).isEqualTo(2);
        assertThat(billing.daysDelinquent()).isEqualTo(40);
        assertThat(billing.oldestOverdueDueDate()).isEqualTo(TODAY.minusDays(40));
        assertThat(billing.isDelinquent()).isTrue();

        Billing nothingDue = directory.context(SPARSE).orElseThrow().billing();
        assertThat(nothingDue.openBalance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(nothingDue.overdueInvoices()).isZero();
        assertThat(nothingDue.daysDelinquent()).isZero();
        assertThat(nothingDue.isDelinquent()).isFalse();
    }

    @Test
    void onlyOpenIncidentsInTheCustomersOwnAreaCount() {
        assertThat(directory.context(RICH).orElseThrow().openIncidentsInArea())
                .containsExactly(new Incident("INC-ZZ1-OPEN", AREA, "MOBILE_OUTAGE", "Mast down in ZZ1", ago(1)));
        assertThat(directory.context(SPARSE).orElseThrow().openIncidentsInArea()).isEmpty();
    }

    @Test
    void contactsOfTheLastThirtyDaysNewestFirst() {
        CustomerContext context = directory.context(RICH).orElseThrow();

        assertThat(context.recentContacts()).containsExactly(new Contact(Channel.SMS, "usage-tip", "decision-1", ago(2)),
                new Contact(Channel.EMAIL, "retention-offer", null, ago(29)));
        assertThat(context.contactsSince(Channel.SMS, ago(7))).isEqualTo(1);
    }

    @Test
    void complaintsStillOpenOrResolvedInTheLastNinetyDays() {
        CustomerContext context = directory.context(RICH).orElseThrow();

        assertThat(context.recentComplaints()).extracting(Complaint::id)
                .containsExactly("CMP-900001-OPEN", "CMP-900001-RECENT");
        assertThat(context.hasOpenComplaint()).isTrue();
        assertThat(context.lastComplaintResolvedAt()).contains(ago(10));
    }

    @Test
    void aRecordedContactShowsInTheNextRead() {
        directory.recordContact(SPARE, Channel.PUSH, "fibre-upgrade-offer", "decision-42", ago(1));

        assertThat(directory.context(SPARE).orElseThrow().recentContacts())
                .containsExactly(new Contact(Channel.PUSH, "fibre-upgrade-offer", "decision-42", ago(1)));
    }

    @Test
    void runningJourneysShowWithTheStepTheyWaitAt() {
        String journey = startCancellation(SPARE);

        CustomerContext context = directory.context(SPARE).orElseThrow();

        assertThat(context.activeJourneys()).containsExactly(new ActiveJourney(CancellationVariables.PROCESS_ID, "Cancellation & Winback", journey,
                List.of("Present retention offer")));
        assertThat(context.isInJourney(CancellationVariables.PROCESS_ID)).isTrue();
        assertThat(directory.context(SPARSE).orElseThrow().activeJourneys()).isEmpty();
    }

    /**
     * The context reads journeys with its own SQL on the engine's tables; for every journey the demo has
     * running, it must name the same journeys and steps as the engine's own queries do.
     */
    @Test
    void everyCustomersJourneysAreThoseTheEngineReports() {
        List<String> customersInJourneys = runtimeService.createProcessInstanceQuery().active().list().stream()
                .map(ProcessInstance::getBusinessKey).distinct().toList();
        assertThat(customersInJourneys).as("the demo's running journeys").hasSizeGreaterThan(3);

        for (String customer : customersInJourneys) {
            assertThat(directory.context(customer).orElseThrow().activeJourneys())
                    .as(customer)
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("currentSteps")
                    .containsExactlyInAnyOrderElementsOf(asTheEngineReports(customer));
            for (ActiveJourney journey : directory.context(customer).orElseThrow().activeJourneys()) {
                assertThat(journey.currentSteps()).as(customer + " " + journey.processId())
                        .containsExactlyInAnyOrderElementsOf(asTheEngineReports(customer).stream()
                                .filter(reported -> reported.processInstanceId().equals(journey.processInstanceId()))
                                .findFirst().orElseThrow().currentSteps());
            }
        }
    }

    @Test
    void aSuspendedJourneyIsNotRunning() {
        String journey = startCancellation(SPARSE);
        runtimeService.suspendProcessInstanceById(journey);
        try {
            assertThat(directory.context(SPARSE).orElseThrow().activeJourneys()).isEmpty();
        } finally {
            runtimeService.deleteProcessInstance(journey, "test over");
        }
    }

    /** One branch waits at the join, inactive; the other at a task: only the task is a step the journey waits at. */
    @Test
    void aBranchWaitingAtAJoinIsNotAStep() {
        BpmnModelInstance forked = Bpmn.createExecutableProcess("Test_ForkedJourney").name("Forked journey")
                .startEvent("StartEvent_Forked")
                .parallelGateway("Gateway_Fork")
                .userTask("Task_CallTheCustomer").name("Call the customer").camundaCandidateGroups("call-center")
                .parallelGateway("Gateway_Join").name("Both done")
                .endEvent("EndEvent_Forked")
                .moveToNode("Gateway_Fork").connectTo("Gateway_Join")
                .done();
        String deployment = repositoryService.createDeployment().addModelInstance("forked.bpmn", forked).deploy().getId();
        try {
            String journey = runtimeService.startProcessInstanceByKey("Test_ForkedJourney", SPARSE).getId();

            assertThat(directory.context(SPARSE).orElseThrow().activeJourneys())
                    .containsExactly(new ActiveJourney("Test_ForkedJourney", "Forked journey", journey, List.of("Call the customer")));
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    private String startCancellation(String customer) {
        return runtimeService.startProcessInstanceByKey(CancellationVariables.PROCESS_ID, customer,
                Map.of(JourneyStartVariables.CUSTOMER_ID, customer, JourneyStartVariables.CHANNEL, "CALL_CENTER",
                        JourneyStartVariables.MOMENT_TYPE, "CANCELLATION_REQUEST", CancellationVariables.REASON, "PRICE"))
                .getId();
    }

    private List<ActiveJourney> asTheEngineReports(String customer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(customer).active().list().stream()
                .map(instance -> {
                    ProcessDefinition definition = repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
                    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
                    List<String> steps = runtimeService.getActiveActivityIds(instance.getId()).stream()
                            .map(step -> model.<FlowElement>getModelElementById(step))
                            .map(step -> step.getName() == null ? step.getId() : step.getName())
                            .toList();
                    return new ActiveJourney(definition.getKey(), definition.getName() == null ? definition.getKey()
                            : definition.getName(), instance.getId(), steps);
                })
                .toList();
    }

    @Test
    void anUnknownCustomerHasNoContext() {
        assertThat(directory.context("CUST-999999")).isEmpty();
    }

    @Test
    void searchFindsByIdNameOrPhoneWithTheExactIdFirst() {
        assertThat(idsFound(RICH.toLowerCase())).containsExactly(RICH, SPARE);
        assertThat(idsFound("quixWORTH")).containsExactly(SPARE, SPARSE, RICH);
        assertThat(idsFound("+44 20 7946 0002")).containsExactly(SPARSE);
        assertThat(idsFound("2079460002")).containsExactly(SPARSE);
        assertThat(idsFound("quixworth", 2)).hasSize(2);
        assertThat(idsFound("%")).as("wildcards are literal").isEmpty();
        assertThat(directory.search("a", 500)).as("thousands of demo customers have an a in their name")
                .hasSize(CustomerSearch.MAX_RESULTS);
    }

    @Test
    void searchOverHttpAnswersSummaries() {
        ResponseEntity<String> answer = get("/api/customers?q={q}", "Zebedee Quixworth");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<List<String>>read(answer.getBody(), "$[*].id")).containsExactly(RICH);
        assertThat(JsonPath.<String>read(answer.getBody(), "$[0].phone")).isEqualTo("+44 20 7946 0001");
        assertThat(JsonPath.<String>read(answer.getBody(), "$[0].segment")).isEqualTo("HIGH_VALUE");
    }

    @Test
    void searchWithoutAQueryIsRefusedWithWhatToSend() {
        for (String uri : List.of("/api/customers?q={q}", "/api/customers")) {
            ResponseEntity<String> answer = get(uri, "  ");

            assertThat(answer.getStatusCode()).as(uri).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(JsonPath.<String>read(answer.getBody(), "$.field")).isEqualTo("q");
            assertThat(JsonPath.<String>read(answer.getBody(), "$.message"))
                    .contains("must not be blank", "GET /api/customers?q=");
        }
    }

    @Test
    void aLimitThatIsNoPositiveNumberIsRefused() {
        for (String limit : List.of("0", "ten")) {
            ResponseEntity<String> answer = get("/api/customers?q={q}&limit={limit}", "quixworth", limit);

            assertThat(answer.getStatusCode()).as(limit).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(JsonPath.<String>read(answer.getBody(), "$.field")).isEqualTo("limit");
            assertThat(JsonPath.<String>read(answer.getBody(), "$.message")).startsWith("limit must be");
        }
    }

    @Test
    void contextOverHttp() {
        ResponseEntity<String> answer = get("/api/customers/" + RICH);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        String json = answer.getBody();
        assertThat(JsonPath.<String>read(json, "$.customer.name")).isEqualTo("Zebedee Quixworth");
        assertThat(JsonPath.<Integer>read(json, "$.billing.daysDelinquent")).isEqualTo(40);
        assertThat(JsonPath.<Double>read(json, "$.billing.openBalance")).isEqualTo(125.5);
        assertThat(JsonPath.<List<String>>read(json, "$.openIncidentsInArea[*].id")).containsExactly("INC-ZZ1-OPEN");
        assertThat(JsonPath.<List<String>>read(json, "$.subscriptions[*].deviceModel")).containsExactly("Pixel 9");
        assertThat(JsonPath.<String>read(json, "$.recentComplaints[0].filedAt")).isEqualTo(ago(3).toString());
    }

    @Test
    void anUnknownCustomerOverHttpIsA404ThatSaysWhatToDo() {
        ResponseEntity<String> answer = get("/api/customers/CUST-999999");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JsonPath.<Integer>read(answer.getBody(), "$.status")).isEqualTo(404);
        assertThat(JsonPath.<String>read(answer.getBody(), "$.message"))
                .startsWith("No customer CUST-999999: check the id or search with GET /api/customers?q=");
    }

    @Test
    void customersAreNotShownToStrangers() {
        ResponseEntity<String> answer = TestHttp.client(port).get().uri("/api/customers/" + RICH).retrieve()
                .toEntity(String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private List<String> idsFound(String query) {
        return idsFound(query, 20);
    }

    private List<String> idsFound(String query, int limit) {
        return directory.search(query, limit).stream().map(CustomerSummary::id).toList();
    }

    private ResponseEntity<String> get(String uri, Object... variables) {
        RestClient agent = TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth("agent", "demo"))
                .build();
        return agent.get().uri(uri, variables).retrieve().toEntity(String.class);
    }
}
