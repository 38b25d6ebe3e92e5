package io.cvmjourneys.workspace;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.Subscription;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The customer 360 beside a task or on its own: the whole context, the next best actions with the
 * answers already recorded to them, the open tasks.
 */
record CustomerPage(CustomerContext context, NextBestActions nextBestActions, Map<String, Outcome> answers,
                    Map<String, String> actionNames, List<AgentTask> tasks, LocalDate today) {

    CustomerPage {
        answers = Map.copyOf(answers);
        actionNames = Map.copyOf(actionNames);
        tasks = List.copyOf(tasks);
    }

    /** An action as people call it (the catalog's name), or a journey's message by its title: for contacts and suppressions. */
    public String nameOf(String actionId) {
        return actionNames.getOrDefault(actionId, actionId);
    }

    public long tenureMonths() {
        return context.tenureMonths(today);
    }

    public Long daysToContractEnd() {
        return context.daysToContractEnd(today).orElse(null);
    }

    public Long daysToLeaseEnd() {
        return context.daysToDeviceLeaseEnd(today).orElse(null);
    }

    /** Products whose contract or lease ends within three months: the agent should see them first. */
    public boolean endsSoon(Subscription subscription) {
        LocalDate soon = today.plusMonths(3);
        return subscription.contractEnd() != null && !subscription.contractEnd().isAfter(soon)
                || subscription.deviceLeaseEnd() != null && !subscription.deviceLeaseEnd().isAfter(soon);
    }
}
