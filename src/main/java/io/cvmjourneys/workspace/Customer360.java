package io.cvmjourneys.workspace;

import io.cvmjourneys.channels.MessageTemplates;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerSummary;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.AnswerRecorded;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Reads what an agent sees about a customer: the context, a fresh next-best-action decision for
 * this conversation (logged, so the agent's answer can be recorded against it), and the customer's
 * open tasks the agent may see.
 */
@Service
class Customer360 {

    static final int SEARCH_LIMIT = 25;

    private final CustomerDirectory customers;
    private final NextBestActionService nextBestActions;
    private final ActionCatalog catalog;
    private final MessageTemplates templates;
    private final AgentTasks tasks;
    private final Clock clock;

    Customer360(CustomerDirectory customers, NextBestActionService nextBestActions, ActionCatalog catalog,
                MessageTemplates templates, AgentTasks tasks, Clock clock) {
        this.customers = customers;
        this.nextBestActions = nextBestActions;
        this.catalog = catalog;
        this.templates = templates;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The first {@link #SEARCH_LIMIT} matches, and one more when there are more: the page says so. */
    List<CustomerSummary> search(String query) {
        return customers.search(query, SEARCH_LIMIT + 1);
    }

    /**
     * @param moment the journey's moment when the page sits beside a task; else the agent's conversation
     * @param taskId the task the page sits beside, or null: where the offers are presented
     */
    Optional<CustomerPage> page(Agent agent, String customerId, MomentType moment, String taskId) {
        Optional<CustomerContext> context = customers.context(customerId);
        String presentedIn = taskId != null ? "task:" + taskId : "customer:" + customerId + ":" + agent.userId();
        return context.map(found -> {
            NextBestActions offers = nextBestActions.present(customerId, moment == null ? agent.conversation() : moment,
                    agent.channel(), presentedIn);
            // a contact names a catalog action, or the message a journey sent: each by the name people read
            Map<String, String> names = new HashMap<>(templates.titles());
            catalog.all().forEach(action -> names.put(action.id(), action.name()));
            return new CustomerPage(found, offers, nextBestActions.recordedAnswers(offers.decisionId()), names,
                    tasks.ofCustomer(agent, customerId), LocalDate.now(clock));
        });
    }

    /** The action's name as agents know it; the id when the catalog has no such action. */
    String actionName(String actionId) {
        return catalog.find(actionId).map(Action::name).orElse(actionId);
    }

    AnswerRecorded recordAnswer(Agent agent, String decisionId, String actionId, Outcome outcome) {
        return nextBestActions.recordOutcome(decisionId, actionId, outcome, agent.userId());
    }
}
