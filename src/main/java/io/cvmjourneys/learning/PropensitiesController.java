package io.cvmjourneys.learning;

import io.cvmjourneys.web.ApiException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The propensities page: the learned estimates in force or of one snapshot, the snapshots' history, the review waiting. */
@Controller
@PreAuthorize(PropensitiesController.READERS)
class PropensitiesController {

    static final String READERS = "hasAnyAuthority('cvm-managers', 'camunda-admin', 'analytics-team')";
    static final String LEARNERS = "@permissions.allows(authentication, 'LEARN_PROPENSITIES')";
    private static final String BACK = "redirect:/propensities";

    private final PropensityLearning learning;

    PropensitiesController(PropensityLearning learning) {
        this.learning = learning;
    }

    @GetMapping("/propensities")
    String showInForce(Model model) {
        return show(learning.inForce(), model);
    }

    @GetMapping("/propensities/{version}")
    String showSnapshot(@PathVariable int version, Model model) {
        if (learning.snapshot(version).isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No learned propensities version " + version, "version");
        }
        return show(version, model);
    }

    private String show(int version, Model model) {
        model.addAttribute("shown", learning.snapshot(version).orElse(null));
        model.addAttribute("inForce", learning.inForce());
        model.addAttribute("estimates", version == 0 ? List.of() : learning.estimates(version));
        model.addAttribute("snapshots", learning.snapshots());
        model.addAttribute("waiting", learning.waitingReview().orElse(null));
        model.addAttribute("reviewShift", Math.round(100 * learning.reviewShift()));
        return "learning/propensities";
    }

    @PostMapping("/propensities/learning")
    @PreAuthorize(LEARNERS)
    String learnNow(@RequestParam(required = false) String reason, Principal who, RedirectAttributes flash) {
        PropensityLearning.Requested requested;
        try {
            requested = learning.request(who.getName(), reason);
        } catch (ApiException refused) {
            flash.addFlashAttribute("problem", refused.getMessage() + ". Nothing was learned.");
            return BACK;
        }
        flash.addFlashAttribute("message", switch (requested.result()) {
            case "NOTHING_NEW" -> "No answer came since the learned propensities in force: nothing to learn.";
            case "REVIEW_WAITING" -> "A learning still waits for its review: decide on it first.";
            case "SMALL_SHIFT" -> "Learned: no estimate moved far, so version " + requested.version() + " is in force.";
            default -> "Learned: an estimate moved far, so version " + requested.version()
                    + " waits for the analytics team's review in its queue.";
        });
        return BACK;
    }
}
