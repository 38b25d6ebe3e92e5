package io.cvmjourneys.learning;

import io.cvmjourneys.nba.LearnedPropensities;
import io.cvmjourneys.web.ApiException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The propensities page as JSON, and a learning on request. */
@RestController
@PreAuthorize(PropensitiesController.READERS)
class PropensitiesApiController {

    record Overview(int inForce, long reviewShiftPoints, PropensityLearning.WaitingReview waitingReview,
                    List<LearnedPropensities.Snapshot> snapshots) {
    }

    record SnapshotDetail(LearnedPropensities.Snapshot snapshot, List<PropensityLearning.Estimate> estimates,
                          List<LearnedPropensities.Shift> shiftsFromInForce) {
    }

    record LearningRequest(String reason) {
    }

    private final PropensityLearning learning;

    PropensitiesApiController(PropensityLearning learning) {
        this.learning = learning;
    }

    @GetMapping("/api/propensities")
    Overview overview() {
        return new Overview(learning.inForce(), Math.round(100 * learning.reviewShift()), learning.waitingReview().orElse(null),
                learning.snapshots());
    }

    @GetMapping("/api/propensities/{version}")
    SnapshotDetail snapshot(@PathVariable int version) {
        LearnedPropensities.Snapshot snapshot = learning.snapshot(version).orElseThrow(() -> new ApiException(
                HttpStatus.NOT_FOUND, "No learned propensities version " + version + ": GET /api/propensities lists them",
                "version"));
        return new SnapshotDetail(snapshot, learning.estimates(version), learning.shifts(version));
    }

    /** Learns now: 200 with what it found (NOTHING_NEW, REVIEW_WAITING, SMALL_SHIFT: in force, LARGE_SHIFT: to review). */
    @PostMapping("/api/propensities/learning")
    @PreAuthorize(PropensitiesController.LEARNERS)
    PropensityLearning.Requested learn(@RequestBody(required = false) LearningRequest request, Principal who) {
        return learning.request(who.getName(), request == null ? null : request.reason());
    }
}
