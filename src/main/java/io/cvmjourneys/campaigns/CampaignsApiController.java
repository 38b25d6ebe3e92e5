package io.cvmjourneys.campaigns;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The campaign pages as JSON: read campaigns, their history, dry run and tally; define, change, approve and stop one. */
@RestController
@PreAuthorize(CampaignsController.READERS)
class CampaignsApiController {

    /** A campaign as a manager writes it; on a change, with the version read. */
    record CampaignRequest(Integer version, String name, String actionId, List<Channel> channels, Audience audience,
                           String message, Integer holdoutPercent, Instant sendFrom, Integer perMinute, String reason) {

        CampaignDraft draft() {
            return new CampaignDraft(name, actionId, channels, audience, message, holdoutPercent == null ? 0 : holdoutPercent,
                    sendFrom, perMinute == null ? 0 : perMinute);
        }
    }

    /** An approval of the version read, or a stop; both with why. */
    record Decision(Integer version, String reason) {
    }

    private final Campaigns campaigns;

    CampaignsApiController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/api/campaigns")
    List<Campaign> campaigns() {
        return campaigns.all();
    }

    @GetMapping("/api/campaigns/{id}")
    Campaign campaign(@PathVariable long id) {
        return campaigns.find(id).orElseThrow(() -> unknown(id));
    }

    /** Newest first: who changed what, when and why. */
    @GetMapping("/api/campaigns/{id}/history")
    List<CampaignChange> history(@PathVariable long id) {
        campaign(id);
        return campaigns.history(id);
    }

    @GetMapping("/api/campaigns/{id}/tally")
    CampaignTally tally(@PathVariable long id) {
        return campaigns.tally(id);
    }

    /** What a launch would do now, by the NBA policies; writes nothing, so analysts may ask too. */
    @PostMapping("/api/campaigns/{id}/dry-run")
    DryRun dryRun(@PathVariable long id) {
        return campaigns.dryRun(id);
    }

    @PostMapping("/api/campaigns")
    @PreAuthorize(CampaignsController.RUNNERS)
    ResponseEntity<Campaign> define(@RequestBody CampaignRequest request, Principal manager) {
        return ResponseEntity.status(HttpStatus.CREATED).body(campaigns.define(request.draft(), manager.getName(),
                request.reason()));
    }

    @PutMapping("/api/campaigns/{id}")
    @PreAuthorize(CampaignsController.RUNNERS)
    Campaign change(@PathVariable long id, @RequestBody CampaignRequest request, Principal manager) {
        return campaigns.change(id, seen(request.version()), request.draft(), manager.getName(), request.reason());
    }

    @PostMapping("/api/campaigns/{id}/approval")
    @PreAuthorize(CampaignsController.RUNNERS)
    Campaign approve(@PathVariable long id, @RequestBody Decision decision, Principal manager) {
        return campaigns.approve(id, seen(decision.version()), manager.getName(), decision.reason());
    }

    @PostMapping("/api/campaigns/{id}/stop")
    @PreAuthorize(CampaignsController.RUNNERS)
    Campaign stop(@PathVariable long id, @RequestBody Decision decision, Principal manager) {
        return campaigns.stop(id, manager.getName(), decision.reason());
    }

    private static int seen(Integer version) {
        if (version == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say which version you read", "version");
        }
        return version;
    }

    private static ApiException unknown(long id) {
        return new ApiException(HttpStatus.NOT_FOUND, "No campaign " + id);
    }
}
