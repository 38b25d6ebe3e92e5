package io.cvmjourneys.moments;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The intake over HTTP: 202 when a journey started or got the moment, 200 when the customer already is in one. */
@RestController
@RequestMapping("/api/moments")
class MomentController {

    private final MomentIntake intake;

    MomentController(MomentIntake intake) {
        this.intake = intake;
    }

    @PreAuthorize("@permissions.allows(authentication, 'RAISE_MOMENTS')")
    @PostMapping
    ResponseEntity<MomentAnswer> receiveMoment(@Valid @RequestBody MomentRequest request) {
        MomentAnswer answer = intake.receive(request.toMoment(intake.now()));
        HttpStatus status = answer.status() == MomentAnswer.Status.ALREADY_ACTIVE ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(answer);
    }
}
