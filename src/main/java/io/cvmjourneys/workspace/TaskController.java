package io.cvmjourneys.workspace;

import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's queue and one task at a time: claim, give back, open, complete through the task's own form. */
@Controller
class TaskController {

    static final String QUEUE_VIEW = "workspace/queue";
    static final String TASK_VIEW = "workspace/task";
    static final String MESSAGE = "message";
    static final String PROBLEM = "problem";

    private final AgentTasks tasks;
    private final Customer360 customers;
    private final Clock clock;

    TaskController(AgentTasks tasks, Customer360 customers, Clock clock) {
        this.tasks = tasks;
        this.customers = customers;
        this.clock = clock;
    }

    /** @param team one of the agent's teams; without it, every team of the agent and the tasks assigned to them */
    @GetMapping("/tasks")
    String showQueue(@RequestParam(required = false) String team, @RequestParam(defaultValue = "DUE") AgentTasks.Sort sort,
                     Authentication authentication, Model model, HttpServletResponse response) {
        Agent agent = Agent.of(authentication);
        String chosen = team == null || team.isBlank() ? null : team;
        model.addAttribute("agent", agent);
        model.addAttribute("team", chosen);
        model.addAttribute("sort", sort);
        if (chosen != null && !agent.isIn(chosen)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute(PROBLEM, "You are not in team " + chosen + ": its queue is not yours to see.");
            model.addAttribute("tasks", List.of());
            return QUEUE_VIEW;
        }
        model.addAttribute("tasks", tasks.queue(agent, chosen, sort));
        return QUEUE_VIEW;
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
        try {
            tasks.claim(Agent.of(authentication), taskId);
            redirect.addFlashAttribute(MESSAGE, "The task is yours now.");
            return "redirect:/tasks/{taskId}";
        } catch (TaskUnavailable unavailable) {
            redirect.addFlashAttribute(PROBLEM, unavailable.getMessage());
            return "redirect:/tasks";
        }
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
        try {
            tasks.unclaim(Agent.of(authentication), taskId);
            redirect.addFlashAttribute(MESSAGE, "The task is back in the team's queue.");
        } catch (TaskUnavailable unavailable) {
            redirect.addFlashAttribute(PROBLEM, unavailable.getMessage());
        }
        return "redirect:/tasks";
    }

    @GetMapping("/tasks/{taskId}")
    String showTask(@PathVariable String taskId, Authentication authentication, Model model, RedirectAttributes redirect) {
        Agent agent = Agent.of(authentication);
        try {
            TaskView view = tasks.open(agent, taskId);
            return taskPage(agent, view, Map.of(), Map.of(), model);
        } catch (TaskUnavailable unavailable) {
            redirect.addFlashAttribute(PROBLEM, unavailable.getMessage());
            return "redirect:/tasks";
        }
    }

    /**
     * Completes the task with the form's fields, after checking them against the form's own rules;
     * a wrong entry shows the page again with what the agent typed and what to fix, and nothing is saved.
     */
    @PostMapping("/tasks/{taskId}")
    String completeTask(@PathVariable String taskId, @RequestParam Map<String, String> submitted,
                        Authentication authentication, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        Agent agent = Agent.of(authentication);
        try {
            tasks.assertMayWork(agent, taskId);
            TaskView view = tasks.open(agent, taskId);
            FormSubmission submission = view.form() == null
                    ? new FormSubmission(Map.of(), Map.of(), Map.of())
                    : FormValidator.validate(view.form(), submitted, view.variables(), LocalDate.now(clock));
            if (!submission.isValid()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                return taskPage(agent, view, submission.entered(), submission.errors(), model);
            }
            tasks.complete(agent, taskId, submission.variables());
            redirect.addFlashAttribute(MESSAGE, "Done: \u201c" + view.task().name() + "\u201d is completed.");
        } catch (TaskUnavailable unavailable) {
            redirect.addFlashAttribute(PROBLEM, unavailable.getMessage());
        }
        return "redirect:/tasks";
    }

    /**
     * Which fields the task's form hides for what the agent has entered so far: the page asks on every
     * change, so a field appears and disappears as in Tasklist, by the same rule the server applies.
     */
    @PostMapping("/tasks/{taskId}/form/hidden")
    @ResponseBody
    ResponseEntity<Set<String>> hiddenFields(@PathVariable String taskId, @RequestParam Map<String, String> entered,
                                             Authentication authentication) {
        try {
            TaskView view = tasks.open(Agent.of(authentication), taskId);
            return ResponseEntity.ok(view.form() == null ? Set.of()
                    : FormValidator.hiddenKeys(view.form(), entered, view.variables()));
        } catch (TaskUnavailable unavailable) {
            return ResponseEntity.status(HttpStatus.GONE).build();
        }
    }

    private String taskPage(Agent agent, TaskView view, Map<String, String> entered, Map<String, String> errors,
                            Model model) {
        model.addAttribute("agent", agent);
        model.addAttribute("view", view);
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("hidden", view.form() == null ? Set.of()
                : FormValidator.hiddenKeys(view.form(), entered.isEmpty() ? view.initialEntries() : entered, view.variables()));
        String customerId = view.task().customerId() != null ? view.task().customerId()
                : view.variable(JourneyStartVariables.CUSTOMER_ID);
        if (customerId != null) {
            customers.page(agent, customerId, momentOf(view), view.task().id()).ifPresent(page -> model.addAttribute("customer", page));
        }
        return TASK_VIEW;
    }

    /** The moment that started the task's journey, so the next best actions fit the conversation. */
    private static MomentType momentOf(TaskView view) {
        String moment = view.variable(JourneyStartVariables.MOMENT_TYPE);
        return Arrays.stream(MomentType.values()).filter(type -> type.name().equals(moment)).findFirst().orElse(null);
    }
}
