package io.cvmjourneys.nba;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The action catalog over REST; pausing an action is the CVM managers' kill switch. */
@RestController
class ActionCatalogController {

    /** Whether to pause, and why: the catalog refuses a missing or overlong reason with a sentence. */
    record PauseRequest(@NotNull Boolean paused, String reason) {
    }

    private final ActionCatalog catalog;

    ActionCatalogController(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/actions")
    List<Action> listActions() {
        return catalog.all();
    }

    @PutMapping("/api/actions/{actionId}/paused")
    @PreAuthorize("@permissions.allows(authentication, 'PAUSE_ACTIONS')")
    Action setPaused(@PathVariable String actionId, @Valid @RequestBody PauseRequest request, Principal caller) {
        return catalog.setPaused(actionId, request.paused(), caller.getName(), request.reason());
    }
}
