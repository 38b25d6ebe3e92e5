package io.cvmjourneys.models;

import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.web.ApiException;
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
        if (action.isPresent() && action.get().paused() == pause) {
            redirect.addFlashAttribute(PROBLEM, "\u201c" + action.get().name() + "\u201d"
                    + (pause ? " is paused already" : " is live already") + ": nothing changed.");
            return BACK_TO_THE_LIST;
        }
        try {
            Action changed = catalog.setPaused(actionId, pause, manager.getName(), reason);
            redirect.addFlashAttribute(MESSAGE, (pause ? "Paused: " : "Resumed: ") + changed.name() + ".");
        } catch (ApiException refused) {
            redirect.addFlashAttribute(PROBLEM, refused.getMessage() + " Nothing changed.");
        }
        return BACK_TO_THE_LIST;
    }
}
