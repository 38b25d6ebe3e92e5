package io.cvmjourneys.nba;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Next best actions over REST, for digital channels and the workspace. */
@RestController
class NextBestActionController {

    record OutcomeRequest(@NotBlank @Size(max = 60) String actionId, @NotNull Outcome outcome) {
    }

    private final NextBestActionService service;

    NextBestActionController(NextBestActionService service) {
        this.service = service;
    }

    @GetMapping("/api/customers/{customerId}/next-best-actions")
    NextBestActions showNextBestActions(@PathVariable String customerId, @RequestParam MomentType moment,
                                        @RequestParam Channel channel,
                                        @RequestParam(required = false) String journeyStep) {
        return service.decide(customerId, moment, channel, journeyStep);
    }

    @PreAuthorize("@permissions.allows(authentication, 'RECORD_ANSWERS')")
    @PostMapping("/api/decisions/{decisionId}/outcome")
    AnswerRecorded recordOutcome(@PathVariable String decisionId, @Valid @RequestBody OutcomeRequest request,
                                 Principal caller) {
        return service.recordOutcome(decisionId, request.actionId(), request.outcome(), caller.getName());
    }
}
