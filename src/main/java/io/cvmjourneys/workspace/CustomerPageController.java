package io.cvmjourneys.workspace;

import io.cvmjourneys.customer.CustomerSummary;
import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.loyalty.LoyaltyLedger;
import io.cvmjourneys.referrals.Referrals;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.AnswerRecorded;
import io.cvmjourneys.nba.Outcome;
import io.cvmjourneys.web.ApiException;
import io.cvmjourneys.web.Labels;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finding a customer, the customer 360 with the next best actions, the customer's answers, starting a journey. */
@Controller
class CustomerPageController {

    static final String SEARCH_VIEW = "workspace/customers";
    static final String CUSTOMER_VIEW = "workspace/customer";
    /** What an agent records for an action proposed in a conversation. */
    static final List<Outcome> AGENT_OUTCOMES = List.of(Outcome.ACCEPTED, Outcome.DECLINED, Outcome.LATER);

    private final Customer360 customers;
    private final JourneyStarts journeyStarts;
    private final JourneyRuntime journeys;
    private final LoyaltyLedger loyalty;
    private final Referrals referrals;
    private final Labels labels;
    private final Clock clock;

    CustomerPageController(Customer360 customers, JourneyStarts journeyStarts, JourneyRuntime journeys, LoyaltyLedger loyalty,
                           Referrals referrals, Labels labels, Clock clock) {
        this.customers = customers;
        this.journeyStarts = journeyStarts;
        this.journeys = journeys;
        this.loyalty = loyalty;
        this.referrals = referrals;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/customers")
    String findCustomers(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        List<CustomerSummary> found = query.isEmpty() ? List.of() : customers.search(query);
        model.addAttribute("results", found.subList(0, Math.min(found.size(), Customer360.SEARCH_LIMIT)));
        model.addAttribute("more", found.size() > Customer360.SEARCH_LIMIT);
        model.addAttribute("limit", Customer360.SEARCH_LIMIT);
        return SEARCH_VIEW;
    }

    @GetMapping("/customers/{customerId}")
    String showCustomer(@PathVariable String customerId, Authentication authentication, Model model,
                        HttpServletResponse response) {
        return customerPage(Agent.of(authentication), customerId, null, Map.of(), model, response);
    }

    @PreAuthorize("@permissions.allows(authentication, 'RAISE_MOMENTS')")
    @PostMapping("/customers/{customerId}/journeys")
    String startJourney(@PathVariable String customerId, @RequestParam MomentType type, @RequestParam String eventId,
                        @RequestParam Map<String, String> entered, Authentication authentication, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        Agent agent = Agent.of(authentication);
        JourneyStarts.Offer offer = journeyStarts.offer(type).orElse(null);
        if (offer == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(TaskController.PROBLEM, "No journey starts on " + labels.of("moment", type) + ".");
            return customerPage(agent, customerId, null, entered, model, response);
        }
        try {
            MomentAnswer answer = journeyStarts.start(agent, customerId, offer, eventId, entered);
            String journey = journeys.journeyName(answer.journey());
            redirect.addFlashAttribute(TaskController.MESSAGE, answer.status() == MomentAnswer.Status.ALREADY_ACTIVE
                    ? "The customer already is in " + journey + ": nothing new was started."
                    : labels.of("start", offer.type()) + ": " + journey + " started.");
            return "redirect:/customers/{customerId}";
        } catch (ApiException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute(TaskController.PROBLEM, refused.getMessage());
            return customerPage(agent, customerId, type, entered, model, response);
        }
    }

    /**
     * A member spends points on a reward in the store or on a call. The page's reference makes a form
     * sent twice (a double click, a reload) spend once.
     */
    @PreAuthorize("@permissions.allows(authentication, 'REDEEM_POINTS')")
    @PostMapping("/customers/{customerId}/loyalty/redemptions")
    String redeemPoints(@PathVariable String customerId, @RequestParam int points, @RequestParam String reward,
                        @RequestParam String reference, Authentication authentication, RedirectAttributes redirect) {
        Agent agent = Agent.of(authentication);
        try {
            LoyaltyLedger.Booking booking = loyalty.redeem(customerId, points, reward, reference, agent.channel(), agent.userId(),
                    clock.instant());
            int spent = -booking.entry().points();
            redirect.addFlashAttribute(TaskController.MESSAGE, (booking.repeated() ? "Already booked: " : "Booked: ") + spent
                    + " points for " + booking.entry().reason() + "; " + booking.balance() + " left to spend."
                    + (booking.repeated() ? " Nothing was spent twice." : ""));
        } catch (ApiException refused) {
            redirect.addFlashAttribute(TaskController.PROBLEM, refused.getMessage());
        }
        redirect.addAttribute("customerId", customerId);
        return "redirect:/customers/{customerId}";
    }

    /** The customer asks for their referral code in the store or on a call: issued once, then the same one. */
    @PreAuthorize("@permissions.allows(authentication, 'RAISE_MOMENTS')")
    @PostMapping("/customers/{customerId}/referral-code")
    String giveReferralCode(@PathVariable String customerId, RedirectAttributes redirect) {
        try {
            Referrals.ReferralCode code = referrals.codeOf(customerId, clock.instant());
            redirect.addFlashAttribute(TaskController.MESSAGE, "The customer's referral code is " + code.code()
                    + ": friends who join with it bring them both a reward.");
        } catch (ApiException refused) {
            redirect.addFlashAttribute(TaskController.PROBLEM, refused.getMessage());
        }
        redirect.addAttribute("customerId", customerId);
        return "redirect:/customers/{customerId}";
    }

    /** @param taskId the task page the answer was given on, to go back to; else the customer page */
    @PreAuthorize("@permissions.allows(authentication, 'RECORD_ANSWERS')")
    @PostMapping("/decisions/{decisionId}/outcome")
    String recordAnswer(@PathVariable String decisionId, @RequestParam String actionId, @RequestParam Outcome outcome,
                        @RequestParam String customerId, @RequestParam(required = false) String taskId,
                        Authentication authentication, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute(TaskController.MESSAGE,
                    said(customers.recordAnswer(Agent.of(authentication), decisionId, actionId, outcome)));
        } catch (ApiException refused) {
            redirect.addFlashAttribute(TaskController.PROBLEM, refused.getMessage());
        }
        // template variables: the redirect encodes them
        if (taskId == null || taskId.isBlank()) {
            redirect.addAttribute("customerId", customerId);
            return "redirect:/customers/{customerId}";
        }
        redirect.addAttribute("taskId", taskId);
        return "redirect:/tasks/{taskId}";
    }

    /**
     * The same answer from the page's script, which records it without reloading the page (and the
     * task form the agent is filling in): what was recorded, in the words the page shows.
     */
    @PreAuthorize("@permissions.allows(authentication, 'RECORD_ANSWERS')")
    @PostMapping(value = "/decisions/{decisionId}/outcome", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> recordAnswerInPlace(@PathVariable String decisionId, @RequestParam String actionId,
                                                            @RequestParam Outcome outcome, Authentication authentication) {
        try {
            AnswerRecorded recorded = customers.recordAnswer(Agent.of(authentication), decisionId, actionId, outcome);
            return ResponseEntity.ok(Map.of(TaskController.MESSAGE, said(recorded), "recorded", labels.of("outcome", recorded.outcome())));
        } catch (ApiException refused) {
            return ResponseEntity.status(refused.status()).body(Map.of(TaskController.PROBLEM, refused.getMessage()));
        }
    }

    private String said(AnswerRecorded recorded) {
        String action = customers.actionName(recorded.actionId());
        String outcome = labels.of("outcome", recorded.outcome());
        return switch (recorded.change()) {
            case NEW -> "Recorded: " + action + " \u2014 " + outcome + ".";
            case UNCHANGED -> "Already recorded: " + action + " \u2014 " + outcome + ". Nothing was counted twice.";
            case CORRECTED -> "Corrected: " + action + " \u2014 " + outcome + " (was " + labels.of("outcome", recorded.previous()) + ").";
        };
    }

    private String customerPage(Agent agent, String customerId, MomentType startType, Map<String, String> entered,
                                Model model, HttpServletResponse response) {
        model.addAttribute("agent", agent);
        model.addAttribute("starts", journeyStarts.offers());
        model.addAttribute("startType", startType);
        model.addAttribute("entered", entered);
        model.addAttribute("eventId", "workspace-" + UUID.randomUUID());
        var page = customers.page(agent, customerId, null, null);
        if (page.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute(TaskController.PROBLEM, "No customer " + customerId + ": search by id, name or phone.");
            model.addAttribute("q", customerId);
            model.addAttribute("results", List.of());
            return SEARCH_VIEW;
        }
        model.addAttribute("customer", page.get());
        model.addAttribute("loyalty", loyalty.statement(customerId, LocalDate.now(clock)).orElse(null));
        model.addAttribute("redemptionReference", "workspace-" + UUID.randomUUID());
        model.addAttribute("referrer", referrals.standing(customerId));
        model.addAttribute("referredBy", referrals.referral(customerId).orElse(null));
        return CUSTOMER_VIEW;
    }
}
