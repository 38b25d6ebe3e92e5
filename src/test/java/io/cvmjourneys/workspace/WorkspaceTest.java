package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.cvmjourneys.customer.CustomerSummary;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.testsupport.TestClock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The workspace as agents use it, on the demo base: queue, task form, customer 360 with next best
 * actions, journey start; what a wrong entry, a task gone meanwhile or another team's task looks like.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class WorkspaceTest {

    static final UserRequestPostProcessor AGENT = user("agent").authorities(() -> "call-center");
    static final UserRequestPostProcessor COLLEAGUE = user("agent2").authorities(() -> "call-center");
    static final UserRequestPostProcessor STORE = user("store").authorities(() -> "store");
    static final UserRequestPostProcessor MANAGER = user("manager").authorities(() -> "cvm-managers");

    @Autowired
    MockMvc mvc;
    @Autowired
    MomentIntake intake;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AgentTasks agentTasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void queueShowsTheTeamsTasksSortedByDueDateOrPriorityWithOverdueMarked() throws Exception {
        Task later = retentionTask("CUST-000301", Channel.CALL_CENTER);
        Task overdue = retentionTask("CUST-000302", Channel.CALL_CENTER);
        taskService.setDueDate(overdue.getId(), Date.from(TestClock.now().minusSeconds(3600)));
        taskService.setDueDate(later.getId(), Date.from(TestClock.now().plusSeconds(7 * 24 * 3600)));
        taskService.setPriority(later.getId(), 99);

        List<AgentTask> byDue = queue(get("/tasks").with(AGENT));
        List<AgentTask> byPriority = queue(get("/tasks").param("sort", "PRIORITY").with(AGENT));

        assertThat(byDue.get(0).id()).isEqualTo(overdue.getId());
        assertThat(byDue.get(0).overdue()).isTrue();
        assertThat(byDue.get(0).customerId()).isEqualTo("CUST-000302");
        String name = jdbc.sql("SELECT name FROM cvm.customer WHERE id = 'CUST-000302'").query(String.class).single();
        assertThat(byDue.get(0).customerName()).as("agents find the customer by name").isEqualTo(name);
        assertThat(byDue).filteredOn(task -> task.id().equals(later.getId())).singleElement()
                .satisfies(task -> assertThat(task.overdue()).isFalse());
        assertThat(byPriority.get(0).id()).isEqualTo(later.getId());
        assertThat(queue(get("/tasks").param("team", "call-center").with(AGENT))).extracting(AgentTask::id)
                .contains(overdue.getId(), later.getId());
        mvc.perform(get("/tasks").with(AGENT)).andExpect(content().string(org.hamcrest.Matchers.containsString("Overdue")));
    }

    @Test
    void storeAgentNeitherSeesNorOpensNorClaimsNorCompletesACallCenterTask() throws Exception {
        Task callCenter = retentionTask("CUST-000303", Channel.CALL_CENTER);
        Task store = retentionTask("CUST-000304", Channel.STORE);

        assertThat(queue(get("/tasks").with(STORE))).extracting(AgentTask::id).contains(store.getId())
                .doesNotContain(callCenter.getId());
        mvc.perform(get("/tasks").param("team", "call-center").with(STORE))
                .andExpect(status().isForbidden())
                .andExpect(model().attribute("tasks", List.of()))
                .andExpect(model().attribute(TaskController.PROBLEM, org.hamcrest.Matchers.containsString("not in team call-center")));
        mvc.perform(get("/tasks/{id}", callCenter.getId()).with(STORE))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute(TaskController.PROBLEM, org.hamcrest.Matchers.containsString("another team")));
        mvc.perform(post("/tasks/{id}/claim", callCenter.getId()).with(STORE).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));
        mvc.perform(post("/tasks/{id}", callCenter.getId()).with(STORE).with(csrf())
                        .param("offerResponse", "DECLINED").param("discountPercent", "0"))
                .andExpect(redirectedUrl("/tasks"));

        Task untouched = taskService.createTaskQuery().taskId(callCenter.getId()).singleResult();
        assertThat(untouched.getAssignee()).isNull();
        // The engine refuses too, not only the page: the store's identity sees no such task.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> agentTasks.claim(new Agent("store", List.of("store")), callCenter.getId()))
                .isInstanceOf(TaskUnavailable.class);
        assertThat(taskService.createTaskQuery().taskId(callCenter.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aManagerReadsAnotherTeamsTaskWithoutAWayToWorkIt() throws Exception {
        Task task = retentionTask("CUST-000318", Channel.CALL_CENTER);

        String managerPage = mvc.perform(get("/tasks/{id}", task.getId()).with(MANAGER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String agentPage = mvc.perform(get("/tasks/{id}", task.getId()).with(AGENT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(managerPage).contains("Present the retention offer", "Call-center agents work this task: you may read it but not work it.",
                        "<fieldset class=\"task-form\" disabled>")
                .doesNotContain("Complete task", ">Claim<", "id=\"task-form\"");
        assertThat(agentPage).contains("Complete task", ">Claim<").doesNotContain("you may read it but not work it");
    }

    @Test
    void taskPageRendersTheTasksCamundaFormBesideTheCustomerAndTheNextBestActions() throws Exception {
        Task task = retentionTask("CUST-000305", Channel.CALL_CENTER);

        MvcResult page = mvc.perform(get("/tasks/{id}", task.getId()).with(AGENT))
                .andExpect(status().isOk())
                .andExpect(view().name(TaskController.TASK_VIEW))
                .andReturn();

        TaskView view = (TaskView) page.getModelAndView().getModel().get("view");
        assertThat(view.form().id()).isEqualTo("cancellation-winback-present-retention-offer");
        assertThat(view.form().inputs()).extracting(FormField::key).containsExactly("offerResponse", "discountPercent", "agentNote");
        CustomerPage customer = (CustomerPage) page.getModelAndView().getModel().get("customer");
        assertThat(customer.context().customerId()).isEqualTo("CUST-000305");
        NextBestActions actions = customer.nextBestActions();
        assertThat(actions.moment()).isEqualTo(MomentType.CANCELLATION_REQUEST);
        assertThat(actions.actions()).isNotEmpty().allSatisfy(action -> assertThat(action.reason()).isNotBlank());
        assertThat(page.getResponse().getContentAsString())
                .contains("Present the retention offer", "name=\"offerResponse\"", "Accepted the offer and stays",
                        "max=\"50\"", actions.actions().get(0).reason());
    }

    /** What the journey decided reads in words on the agent's form, never as the code it keeps; a day is written out. */
    @Test
    void aPaymentsCollectionCallShowsTheStrategyTheDueDayAndTheAmountInWords() throws Exception {
        Task call = taskService.createTaskQuery().taskDefinitionKey("Task_CallCustomer").list().stream().findFirst()
                .orElseThrow(() -> new AssertionError("the demo moves overdue invoices to the agent's call"));
        runtimeService.setVariable(call.getProcessInstanceId(), "collectionStrategy", "SELF_CURE");
        runtimeService.setVariable(call.getProcessInstanceId(), "invoiceDueDate", "2026-11-20");
        runtimeService.setVariable(call.getProcessInstanceId(), "amountDue", 28.9);

        String page = mvc.perform(get("/tasks/{id}", call.getId()).with(AGENT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"Self-cure: gentle reminders, the customer usually pays\"", "value=\"Fri 20 Nov 2026\"",
                        "value=\"£28.90\"")
                .doesNotContain("SELF_CURE", "value=\"2026-11-20\"", "value=\"28.9\"");
    }

    @Test
    void anInvalidSubmissionShowsTheFormAgainWithWhatWasTypedAndWhatIsWrongAndSavesNothing() throws Exception {
        Task task = retentionTask("CUST-000306", Channel.CALL_CENTER);

        mvc.perform(post("/tasks/{id}", task.getId()).with(AGENT).with(csrf())
                        .param("discountPercent", "80").param("agentNote", "<b>wants more</b>"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(view().name(TaskController.TASK_VIEW))
                .andExpect(model().attribute("errors", Map.of("offerResponse", "Choose one: this is required.",
                        "discountPercent", "Must be at most 50.")))
                .andExpect(model().attribute("entered", org.hamcrest.Matchers.hasEntry("discountPercent", "80")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;b&gt;wants more&lt;/b&gt;")));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "agentNote")).isNull();
    }

    @Test
    void aValidSubmissionCompletesTheTaskAndAnotherTabThenGetsAClearMessage() throws Exception {
        Task task = retentionTask("CUST-000307", Channel.CALL_CENTER);

        mvc.perform(post("/tasks/{id}", task.getId()).with(AGENT).with(csrf())
                        .param("offerResponse", "DECLINED").param("discountPercent", "0").param("agentNote", "Moving abroad"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute(TaskController.MESSAGE, "Done: \u201cPresent retention offer\u201d is completed."));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "offerResponse")).isEqualTo("DECLINED");
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "discountPercent")).isEqualTo(0);
        mvc.perform(post("/tasks/{id}", task.getId()).with(AGENT).with(csrf())
                        .param("offerResponse", "ACCEPTED").param("discountPercent", "0"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute(TaskController.PROBLEM, org.hamcrest.Matchers.startsWith("This task is no longer open")));
    }

    @Test
    void aTaskAColleagueClaimedMeanwhileIsNotCompletedOverTheirHead() throws Exception {
        Task task = retentionTask("CUST-000308", Channel.CALL_CENTER);
        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(COLLEAGUE).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + task.getId()));

        mvc.perform(post("/tasks/{id}", task.getId()).with(AGENT).with(csrf())
                        .param("offerResponse", "ACCEPTED").param("discountPercent", "5"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute(TaskController.PROBLEM, "agent2 claimed this task meanwhile: nothing was saved."));
        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(AGENT).with(csrf()))
                .andExpect(flash().attribute(TaskController.PROBLEM, "agent2 claimed this task meanwhile."));
        mvc.perform(post("/tasks/{id}/unclaim", task.getId()).with(AGENT).with(csrf()))
                .andExpect(flash().attribute(TaskController.PROBLEM, "agent2 has this task now; only they can give it back."));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("agent2");
        mvc.perform(post("/tasks/{id}/unclaim", task.getId()).with(COLLEAGUE).with(csrf()))
                .andExpect(flash().attribute(TaskController.MESSAGE, "The task is back in the team's queue."));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void customersAreFoundByIdNameOrPhone() throws Exception {
        String phone = jdbc.sql("SELECT phone FROM cvm.customer WHERE id = 'CUST-000310'").query(String.class).single();
        String name = jdbc.sql("SELECT name FROM cvm.customer WHERE id = 'CUST-000310'").query(String.class).single();

        for (String query : List.of("cust-000310", name, phone.replace(" ", ""))) {
            MvcResult result = mvc.perform(get("/customers").param("q", query).with(AGENT))
                    .andExpect(status().isOk())
                    .andExpect(view().name(CustomerPageController.SEARCH_VIEW))
                    .andReturn();
            @SuppressWarnings("unchecked")
            List<CustomerSummary> found = (List<CustomerSummary>) result.getModelAndView().getModel().get("results");
            assertThat(found).as(query).extracting(CustomerSummary::id).contains("CUST-000310");
        }
        // a search matching more than a page says so instead of stopping silently
        mvc.perform(get("/customers").param("q", "CUST-00").with(AGENT))
                .andExpect(model().attribute("results", org.hamcrest.Matchers.hasSize(Customer360.SEARCH_LIMIT)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "More customers match: here are the first " + Customer360.SEARCH_LIMIT + ".")));
        mvc.perform(get("/customers").param("q", "cust-000310").with(AGENT))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("More customers match"))));
        mvc.perform(get("/customers/{id}", "CUST-999999").with(AGENT))
                .andExpect(status().isNotFound())
                .andExpect(model().attribute(TaskController.PROBLEM, "No customer CUST-999999: search by id, name or phone."));
    }

    @Test
    void customerPageStartsAJourneyThroughTheIntakeOnceAndRefusesBadData() throws Exception {
        String eventId = "workspace-" + UUID.randomUUID();

        mvc.perform(post("/customers/{id}/journeys", "CUST-000311").with(AGENT).with(csrf())
                        .param("type", "CANCELLATION_REQUEST").param("eventId", eventId).param("reason", "PRICE"))
                .andExpect(redirectedUrl("/customers/CUST-000311"))
                .andExpect(flash().attribute(TaskController.MESSAGE, "Cancellation request: Cancellation & Winback started."));
        mvc.perform(post("/customers/{id}/journeys", "CUST-000311").with(AGENT).with(csrf())
                        .param("type", "CANCELLATION_REQUEST").param("eventId", eventId).param("reason", "PRICE"))
                .andExpect(redirectedUrl("/customers/CUST-000311"));
        mvc.perform(post("/customers/{id}/journeys", "CUST-000312").with(AGENT).with(csrf())
                        .param("type", "CANCELLATION_REQUEST").param("eventId", "workspace-" + UUID.randomUUID())
                        .param("reason", "BORED"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name(CustomerPageController.CUSTOMER_VIEW))
                .andExpect(model().attribute(TaskController.PROBLEM, org.hamcrest.Matchers.containsString("data.reason 'BORED'")))
                .andExpect(model().attribute("startType", MomentType.CANCELLATION_REQUEST));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CUST-000311").count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CUST-000311")
                .singleResult().getId(), "channel")).isEqualTo("CALL_CENTER");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CUST-000312").count()).isZero();
    }

    /** A number the agent types (a churn score, a bill's amount) reaches the journey as a number, as the API's JSON would. */
    @Test
    void numbersEnteredOnTheCustomerPageReachTheJourneyAsNumbers() throws Exception {
        mvc.perform(post("/customers/{id}/journeys", "CUST-000319").with(AGENT).with(csrf()).param("type", "CHURN_RISK")
                        .param("eventId", "workspace-" + UUID.randomUUID()).param("signal", "RISK_SCORE").param("score", "0.82"))
                .andExpect(redirectedUrl("/customers/CUST-000319"))
                .andExpect(flash().attribute(TaskController.MESSAGE, "Churn risk detected: Proactive retention started."));
        mvc.perform(post("/customers/{id}/journeys", "CUST-000320").with(AGENT).with(csrf()).param("type", "CHURN_RISK")
                        .param("eventId", "workspace-" + UUID.randomUUID()).param("signal", "RISK_SCORE").param("score", "high"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute(TaskController.PROBLEM, "Churn score (0 to 1, with a model's score): \u201chigh\u201d is not a number"));

        assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CUST-000319")
                .processDefinitionKey("proactive-retention").singleResult().getId(), "churnScore")).isEqualTo(0.82);
    }

    @Test
    void aMoveIsReportedFromTheCustomerPageWithTheNewAddressAsOneObject() throws Exception {
        String moveDate = TestClock.today().plusDays(20).toString();

        mvc.perform(post("/customers/{id}/journeys", "CUST-000316").with(AGENT).with(csrf())
                        .param("type", "MOVE_REQUESTED").param("eventId", "workspace-" + UUID.randomUUID())
                        .param("newAddress.street", "Cutting Room Square").param("newAddress.houseNumber", "14")
                        .param("newAddress.postcode", "M4 6BF").param("newAddress.city", "Manchester").param("moveDate", moveDate))
                .andExpect(redirectedUrl("/customers/CUST-000316"))
                .andExpect(flash().attribute(TaskController.MESSAGE, org.hamcrest.Matchers.containsString("House move: Moving house started.")));

        String journey = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CUST-000316")
                .processDefinitionKey("moving-house").singleResult().getId();
        assertThat(runtimeService.getVariable(journey, "newPostcode")).isEqualTo("M4 6BF");
        assertThat(runtimeService.getVariable(journey, "moveDate")).isEqualTo(moveDate);
    }

    @Test
    void theJourneysOfferedAreThoseARegisteredTriggerStartsWithTheFieldsEachNeeds() throws Exception {
        MvcResult page = mvc.perform(get("/customers/{id}", "CUST-000313").with(AGENT))
                .andExpect(status().isOk()).andExpect(view().name(CustomerPageController.CUSTOMER_VIEW)).andReturn();

        @SuppressWarnings("unchecked")
        List<JourneyStarts.Offer> offers = (List<JourneyStarts.Offer>) page.getModelAndView().getModel().get("starts");
        assertThat(offers).extracting(JourneyStarts.Offer::type).contains(MomentType.CANCELLATION_REQUEST,
                MomentType.PORT_OUT_REQUEST, MomentType.COMPLAINT_SUBMITTED, MomentType.MOVE_REQUESTED,
                MomentType.UPGRADE_REQUESTED, MomentType.DEVICE_MALFUNCTION, MomentType.INVOICE_OVERDUE)
                .doesNotContain(MomentType.SURVEY_ANSWERED);
        assertThat(page.getResponse().getContentAsString()).contains("name=\"reason\"", "COMPETITOR_OFFER", "name=\"text\"",
                "name=\"newAddress.postcode\"", "name=\"moveDate\"", "name=\"fault\"", "name=\"invoiceId\"");
    }

    @Test
    void complaintTextIsShownAsTextNeverAsMarkup() throws Exception {
        mvc.perform(post("/customers/{id}/journeys", "CUST-000314").with(AGENT).with(csrf())
                        .param("type", "COMPLAINT_SUBMITTED").param("eventId", "workspace-" + UUID.randomUUID())
                        .param("text", "<script>alert('x')</script> charged twice"))
                .andExpect(redirectedUrl("/customers/CUST-000314"));

        String page = mvc.perform(get("/customers/{id}", "CUST-000314").with(AGENT)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; charged twice").doesNotContain("<script>alert");
    }

    @Test
    void theAgentsAnswerToAnActionGoesToTheDecisionLog() throws Exception {
        MvcResult page = mvc.perform(get("/customers/{id}", "CUST-000315").with(AGENT)).andReturn();
        NextBestActions actions = ((CustomerPage) page.getModelAndView().getModel().get("customer")).nextBestActions();
        String actionId = actions.actions().get(0).actionId();

        mvc.perform(post("/decisions/{id}/outcome", actions.decisionId()).with(AGENT).with(csrf())
                        .param("actionId", actionId).param("outcome", "LATER").param("customerId", "CUST-000315"))
                .andExpect(redirectedUrl("/customers/CUST-000315"))
                .andExpect(flash().attribute(TaskController.MESSAGE,
                        "Recorded: " + actions.actions().get(0).name() + " \u2014 maybe later."));

        assertThat(jdbc.sql("SELECT outcome, outcome_by FROM cvm.nba_offer WHERE decision_id = ? AND action_id = ?")
                .params(actions.decisionId(), actionId).query().singleRow())
                .containsEntry("OUTCOME", "LATER").containsEntry("OUTCOME_BY", "agent");
        mvc.perform(post("/decisions/{id}/outcome", actions.decisionId()).with(AGENT).with(csrf())
                        .param("actionId", "NOT_PROPOSED").param("outcome", "ACCEPTED").param("customerId", "CUST-000315"))
                .andExpect(flash().attribute(TaskController.PROBLEM, org.hamcrest.Matchers.containsString("did not propose NOT_PROPOSED")));
    }

    @Test
    void anOfferCountsOncePerPresentationAndAnAnswerOncePerOffer() throws Exception {
        Task task = retentionTask("CUST-000317", Channel.CALL_CENTER);
        List<String> shown = new java.util.ArrayList<>();
        for (int view = 0; view < 3; view++) {
            MvcResult page = mvc.perform(get("/tasks/{id}", task.getId()).with(AGENT)).andReturn();
            shown.add(((CustomerPage) page.getModelAndView().getModel().get("customer")).nextBestActions().decisionId());
        }
        assertThat(shown).as("the same offers shown three times are one presentation").containsOnly(shown.get(0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_decision WHERE presented_in = ?").param("task:" + task.getId())
                .query(Long.class).single()).isEqualTo(1);
        String decision = shown.get(0);
        Map<String, Object> firstOffer = jdbc.sql("SELECT o.action_id, a.name FROM cvm.nba_offer o JOIN cvm.nba_action a"
                + " ON a.id = o.action_id WHERE o.decision_id = ? AND a.kind <> 'MANDATORY' ORDER BY o.rank_no").param(decision)
                .query().listOfRows().get(0);
        String offer = (String) firstOffer.get("ACTION_ID");
        String named = (String) firstOffer.get("NAME");

        answer(decision, offer, "ACCEPTED", task).andExpect(flash().attribute(TaskController.MESSAGE,
                "Recorded: " + named + " \u2014 accepted."));
        answer(decision, offer, "ACCEPTED", task).andExpect(flash().attribute(TaskController.MESSAGE,
                "Already recorded: " + named + " \u2014 accepted. Nothing was counted twice."));
        answer(decision, offer, "DECLINED", task).andExpect(flash().attribute(TaskController.MESSAGE,
                "Corrected: " + named + " \u2014 declined (was accepted)."));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.contact_history WHERE decision_id = ? AND action_id = ?")
                .params(decision, offer).query(Long.class).single()).as("one contact, however many clicks").isEqualTo(1);
        assertThat(jdbc.sql("SELECT outcome FROM cvm.nba_offer WHERE decision_id = ? AND action_id = ?").params(decision, offer)
                .query(String.class).single()).isEqualTo("DECLINED");
        mvc.perform(get("/tasks/{id}", task.getId()).with(AGENT))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Recorded: declined. Correct it:")));
    }

    private org.springframework.test.web.servlet.ResultActions answer(String decision, String offer, String outcome, Task task)
            throws Exception {
        return mvc.perform(post("/decisions/{id}/outcome", decision).with(AGENT).with(csrf()).param("actionId", offer)
                .param("outcome", outcome).param("customerId", "CUST-000317").param("taskId", task.getId()));
    }

    @Test
    void aStoreAgentSpendsAMembersPointsOnceHoweverOftenTheFormIsSent() throws Exception {
        String member = "CUST-000318";
        intake.receive(new Moment("join-" + member, member, MomentType.LOYALTY_JOINED, Channel.STORE, TestClock.now(), Map.of()));
        mvc.perform(get("/customers/{id}", member).with(STORE))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Loyalty points")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<strong>500</strong> points to spend")));

        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/customers/{id}/loyalty/redemptions", member).with(STORE).with(csrf()).param("points", "300")
                            .param("reward", "Cinema tickets for two").param("reference", "workspace-till-1"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute(TaskController.MESSAGE, click == 0
                            ? "Booked: 300 points for Cinema tickets for two; 200 left to spend."
                            : "Already booked: 300 points for Cinema tickets for two; 200 left to spend. Nothing was spent twice."));
        }
        mvc.perform(post("/customers/{id}/loyalty/redemptions", member).with(STORE).with(csrf()).param("points", "201")
                        .param("reward", "A phone case").param("reference", "workspace-till-2"))
                .andExpect(flash().attribute(TaskController.PROBLEM, "The balance is 200 points: 201 cannot be spent"));
        assertThat(jdbc.sql("SELECT channel FROM cvm.loyalty_ledger WHERE customer_id = ? AND kind = 'REDEEM'").param(member)
                .query(String.class).list()).containsExactly("STORE");
        mvc.perform(post("/customers/{id}/loyalty/redemptions", member).with(user("analyst").authorities(() -> "analytics-team"))
                .with(csrf()).param("points", "10").param("reward", "x").param("reference", "workspace-till-3"))
                .andExpect(status().isForbidden());

        // the welcome message, delivered: the page names it by its title, not its template's id
        jdbc.sql("INSERT INTO cvm.contact_history (customer_id, channel, action_id, contacted_at) VALUES (?, 'EMAIL', 'loyalty-welcome', ?)")
                .params(member, java.sql.Timestamp.from(TestClock.now())).update();
        mvc.perform(get("/customers/{id}", member).with(STORE))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">Welcome to our loyalty program<")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("loyalty-welcome"))));
    }

    @Test
    void aStoreAgentGivesACustomerTheirReferralCodeAndSeesTheFriendsItBrought() throws Exception {
        String referrer = "CUST-000319";
        mvc.perform(get("/customers/{id}", referrer).with(STORE))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No referral code yet")));
        mvc.perform(post("/customers/{id}/referral-code", referrer).with(user("analyst").authorities(() -> "analytics-team"))
                .with(csrf())).andExpect(status().isForbidden());

        String code = null;
        for (int click = 0; click < 2; click++) {
            String message = (String) mvc.perform(post("/customers/{id}/referral-code", referrer).with(STORE).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get(TaskController.MESSAGE);
            assertThat(message).matches("The customer's referral code is [A-Z]+-[2-9A-Z]{4}: friends who join with it bring"
                    + " them both a reward\\.");
            String given = message.split(" ")[5].replace(":", "");
            assertThat(code == null || code.equals(given)).as("the same code the second time").isTrue();
            code = given;
        }
        String friend = "CUST-000320";
        jdbc.sql("UPDATE cvm.customer SET customer_since = ? WHERE id = ?").params(java.sql.Date.valueOf(TestClock.today()), friend)
                .update();
        intake.receive(new Moment("joined-" + friend, friend, MomentType.REFERRED_FRIEND_JOINED, Channel.STORE, TestClock.now(),
                Map.of("code", code)));

        mvc.perform(get("/customers/{id}", referrer).with(STORE))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<strong class=\"referral-code\">" + code)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("0 friends left their details, 1 joined, 0 rewarded")));
        mvc.perform(get("/customers/{id}", friend).with(STORE))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Joined with referral code " + code)));
    }

    @Test
    void everyWorkspaceFormNeedsTheCsrfToken() throws Exception {
        Task task = retentionTask("CUST-000316", Channel.CALL_CENTER);

        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(AGENT)).andExpect(status().isForbidden());
        mvc.perform(post("/customers/{id}/journeys", "CUST-000316").with(AGENT).param("type", "COMPLAINT_SUBMITTED"))
                .andExpect(status().isForbidden());

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    private Task retentionTask(String customerId, Channel channel) {
        String journey = intake.receive(new Moment("test-" + customerId, customerId, MomentType.CANCELLATION_REQUEST, channel,
                TestClock.now(), Map.of("reason", "PRICE"))).processInstanceId();
        return taskService.createTaskQuery().processInstanceId(journey).singleResult();
    }

    @SuppressWarnings("unchecked")
    private List<AgentTask> queue(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andExpect(view().name(TaskController.QUEUE_VIEW)).andReturn();
        return (List<AgentTask>) result.getModelAndView().getModel().get("tasks");
    }
}
