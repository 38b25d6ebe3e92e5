package io.cvmjourneys.changes;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.ActionDraft;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The changes as JSON: propose one (a decision table's file as text in {@code model}, an action's definition in
 * {@code action}), follow it, override its approvals.
 */
@RestController
@PreAuthorize(ChangesController.FOLLOWERS)
class ChangesApiController {

    record ProposalBody(ChangeKind kind, String subject, String reason, List<Channel> channels, LocalDate notBefore,
                        String modelFile, String model, ActionDraft action) {
    }

    record OverrideBody(String reason) {
    }

    /** The step a change under way waits in: a team's task, its scheduled day, being put live. */
    record WaitingStep(String step, List<String> teams, Instant since, Instant due) {
    }

    record ChangeDetail(ModelChange change, WaitingStep waiting, String evidence, List<ChangeStep> steps) {
    }

    private final ModelChanges changes;

    ChangesApiController(ModelChanges changes) {
        this.changes = changes;
    }

    /** The changes under way first, each with the step it waits in; then the closed ones, the newest first. */
    @GetMapping("/api/changes")
    List<ChangeDetail> all() {
        return changes.all().stream().map(change -> new ChangeDetail(change, waiting(change), null, null)).toList();
    }

    @GetMapping("/api/changes/{id}")
    ChangeDetail change(@PathVariable long id) {
        ModelChange change = changes.find(id).orElseThrow(() -> ModelChanges.unknown(id));
        return new ChangeDetail(change, waiting(change), changes.evidence(change),
                changes.steps(id));
    }

    /** 201 with the change; its journey starts at analytics' review. */
    @PostMapping("/api/changes")
    @PreAuthorize(ChangesController.PROPOSERS)
    ResponseEntity<ModelChange> propose(@RequestBody ProposalBody body, Principal manager) {
        ModelChange proposed = changes.propose(new ModelChanges.Proposal(body.kind(), body.subject(), body.reason(),
                body.channels(), body.notBefore(), body.modelFile(), body.model(), body.action()), manager.getName());
        return ResponseEntity.created(URI.create("/api/changes/" + proposed.id())).body(proposed);
    }

    @PostMapping("/api/changes/{id}/override")
    @PreAuthorize(ChangesController.PROPOSERS)
    ChangeDetail override(@PathVariable long id, @RequestBody(required = false) OverrideBody body, Principal manager) {
        changes.override(id, manager.getName(), body == null ? null : body.reason());
        return change(id);
    }

    private WaitingStep waiting(ModelChange change) {
        if (change.status() != ChangeStatus.UNDER_WAY) {
            return null;
        }
        ModelChanges.Waiting waiting = changes.waiting(change);
        return new WaitingStep(waiting.step(), waiting.teams(), waiting.since(), waiting.due());
    }
}
