package io.cvmjourneys.models;

import io.cvmjourneys.nba.LeverReplay;
import io.cvmjourneys.nba.LeverSet;
import io.cvmjourneys.nba.Levers;
import io.cvmjourneys.nba.ReplayReport;
import io.cvmjourneys.web.ApiException;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The levers page as JSON: the version in force, every version, a preview of a change, and the change. */
@RestController
@PreAuthorize(ModelsController.READERS)
class LeversApiController {

    /** @param effectiveFrom when the version takes effect; now when left out */
    record LeverChange(LeverSet levers, Instant effectiveFrom, String reason) {
    }

    private final Levers levers;
    private final LeverReplay replay;

    LeversApiController(Levers levers, LeverReplay replay) {
        this.levers = levers;
        this.replay = replay;
    }

    @GetMapping("/api/levers")
    Levers.LeverVersion inForce() {
        return levers.current();
    }

    /** Newest first, scheduled ones included; the configuration's values last, as version 0. */
    @GetMapping("/api/levers/versions")
    List<Levers.LeverVersion> versions() {
        return levers.history();
    }

    @PostMapping("/api/levers/preview")
    @PreAuthorize(LeversController.CHANGERS)
    ReplayReport preview(@RequestBody LeverSet proposed, @RequestParam(defaultValue = "7") int days) {
        return replay.preview(required(proposed), days);
    }

    @PostMapping("/api/levers")
    @PreAuthorize(LeversController.CHANGERS)
    ResponseEntity<Levers.LeverVersion> change(@RequestBody LeverChange change, Principal manager) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(levers.change(required(change.levers()), change.effectiveFrom(), manager.getName(), change.reason()));
    }

    private static LeverSet required(LeverSet proposed) {
        if (proposed == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Give the levers: programWeights, holdout, weeklyCaps,"
                    + " weeklyCapAllChannels, quietFrom, quietUntil", "levers");
        }
        return proposed;
    }
}
