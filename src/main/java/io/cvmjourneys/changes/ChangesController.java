package io.cvmjourneys.changes;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.ActionDraft;
import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.programs.Programs;
import io.cvmjourneys.web.ApiException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The changes page: what waits for whom, every change with its outcome, a proposal (the managers'),
 * one change's evidence and history, and the manager's override.
 */
@Controller
@PreAuthorize(ChangesController.FOLLOWERS)
class ChangesController {

    static final String FOLLOWERS = "@permissions.allows(authentication, 'FOLLOW_CHANGES')";
    static final String PROPOSERS = "@permissions.allows(authentication, 'PROPOSE_CHANGES')";

    private final ModelChanges changes;
    private final Programs programs;
    private final RepositoryService repository;
    private final ActionCatalog catalog;

    ChangesController(ModelChanges changes, Programs programs, RepositoryService repository, ActionCatalog catalog) {
        this.changes = changes;
        this.programs = programs;
        this.repository = repository;
        this.catalog = catalog;
    }

    @GetMapping("/changes")
    String list(@RequestParam(required = false) ChangeKind kind, @RequestParam(required = false) String subject, Model model) {
        model.addAttribute("waiting", changes.waiting());
        model.addAttribute("changes", changes.all());
        model.addAttribute("kinds", ChangeKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("subject", subject);
        model.addAttribute("programs", programs.all());
        model.addAttribute("tables", repository.createDecisionDefinitionQuery().latestVersion()
                .orderByDecisionDefinitionName().asc().list());
        model.addAttribute("channels", ModelChanges.CHANNEL_TEAM_CHANNELS);
        model.addAttribute("action", kind == ChangeKind.ACTION && subject != null ? catalog.find(subject).map(ActionDraft::of)
                .orElse(null) : null);
        model.addAttribute("actionKinds", ActionKind.values());
        model.addAttribute("allChannels", Channel.values());
        model.addAttribute("consentPurposes", ConsentPurpose.values());
        return "changes/list";
    }

    @GetMapping("/changes/{id}")
    String change(@PathVariable long id, Model model) {
        ModelChange change = changes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No change " + id));
        model.addAttribute("change", change);
        model.addAttribute("waiting", change.status() == ChangeStatus.UNDER_WAY ? changes.waiting(change) : null);
        model.addAttribute("evidence", changes.evidence(change));
        model.addAttribute("steps", changes.steps(id));
        return "changes/change";
    }

    @PostMapping("/changes")
    @PreAuthorize(PROPOSERS)
    String propose(@RequestParam(required = false) ChangeKind kind, @RequestParam(required = false) String subject,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) List<Channel> channels,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate notBefore,
                   @RequestParam(required = false) MultipartFile file, Principal manager,
                   RedirectAttributes redirect) throws IOException {
        boolean withFile = file != null && !file.isEmpty();
        return proposed(new ModelChanges.Proposal(kind, subject, reason, channels, notBefore,
                withFile ? file.getOriginalFilename() : null,
                withFile ? new String(file.getBytes(), StandardCharsets.UTF_8) : null, null), manager, redirect);
    }

    /** A new action, or a changed definition of one: the catalog's fields, as the models page shows them. */
    @PostMapping("/changes/actions")
    @PreAuthorize(PROPOSERS)
    String proposeAction(@RequestParam(required = false) String subject, @RequestParam(required = false) String name,
                         @RequestParam(required = false) String program, @RequestParam(required = false) ActionKind actionKind,
                         @RequestParam(required = false) Set<Channel> actionChannels,
                         @RequestParam(required = false) BigDecimal value,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                         @RequestParam(required = false) ConsentPurpose consentPurpose,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate notBefore,
                         @RequestParam(required = false) String reason, Principal manager, RedirectAttributes redirect) {
        return proposed(new ModelChanges.Proposal(ChangeKind.ACTION, subject, reason, List.of(), notBefore, null, null,
                new ActionDraft(name, program, actionKind, actionChannels, value, validFrom, validUntil, consentPurpose)),
                manager, redirect);
    }

    private String proposed(ModelChanges.Proposal proposal, Principal manager, RedirectAttributes redirect) {
        try {
            ModelChange proposed = changes.propose(proposal, manager.getName());
            redirect.addFlashAttribute("message", "Change " + proposed.id() + " is proposed: the analytics team reviews it"
                    + " first.");
            return "redirect:/changes/" + proposed.id();
        } catch (ApiException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage() + ". Nothing was proposed.");
            return "redirect:/changes";
        }
    }

    @PostMapping("/changes/{id}/override")
    @PreAuthorize(PROPOSERS)
    String override(@PathVariable long id, @RequestParam(required = false) String reason, Principal manager,
                    RedirectAttributes redirect) {
        try {
            changes.override(id, manager.getName(), reason);
            redirect.addFlashAttribute("message", "Overridden: the change goes live now.");
        } catch (ApiException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
            }
            redirect.addFlashAttribute("problem", refused.getMessage() + ". Nothing changed.");
        }
        return "redirect:/changes/" + id;
    }
}
