package io.cvmjourneys.models;

import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pause and resume buttons of the models page's action list: the CVM managers' kill switch,
 * with who pressed it and why kept beside the action. Back on the page, a notice says what changed,
 * or what to fix when nothing did.
 */
@Controller
@PreAuthorize("@permissions.allows(authentication, 'PAUSE_ACTIONS')")
class ActionPausesController {

    static final String BACK_TO_THE_LIST = "redirect:/models#actions";
    static final String MESSAGE = "message";
    static final String PROBLEM = "problem";

    private final ActionCatalog catalog;

    ActionPausesController(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping("/models/actions/{actionId}/pause")
    String processPauseForm(@PathVariable String actionId, @RequestParam(required = false) String reason,
                            Principal manager, RedirectAttributes redirect) {
        return change(actionId, true, reason, manager, redirect);
    }

    @PostMapping("/models/actions/{actionId}/resume")
    String processResumeForm(@PathVariable String actionId, @RequestParam(required = false) String reason,
                             Principal manager, RedirectAttributes redirect) {
        return change(actionId, false, reason, manager, redirect);
    }

    private String change(String actionId, boolean pause, String reason, Principal manager, RedirectAttributes redirect) {
        Optional<Action> action = catalog.find(actionId);
        Optional<String> problem = action.isEmpty()
                ? Optional.of("There is no action " + actionId + " in the catalog: nothing was " + (pause ? "paused." : "resumed."))
                : refusal(action.get(), pause, reason);
        if (problem.isPresent()) {
            redirect.addFlashAttribute(PROBLEM, problem.get());
        } else {
            catalog.setPaused(actionId, pause, manager.getName(), reason.strip());
            redirect.addFlashAttribute(MESSAGE, (pause ? "Paused: " : "Resumed: ") + action.get().name() + ".");
        }
        return BACK_TO_THE_LIST;
    }

    private static Optional<String> refusal(Action action, boolean pause, String reason) {
        String quoted = "\u201c" + action.name() + "\u201d";
        if (action.paused() == pause) {
            return Optional.of(quoted + (pause ? " is paused already" : " is live already") + ": nothing changed.");
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of("Say why you " + (pause ? "pause " : "resume ") + quoted
                    + ": the reason is kept with the action for whoever looks at it next. Nothing changed.");
        }
        if (reason.strip().length() > ActionCatalog.MAX_REASON_LENGTH) {
            return Optional.of("The reason is " + reason.strip().length() + " characters long; keep it to "
                    + ActionCatalog.MAX_REASON_LENGTH + ". Nothing changed.");
        }
        return Optional.empty();
    }
}
