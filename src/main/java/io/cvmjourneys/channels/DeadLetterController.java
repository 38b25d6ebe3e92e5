package io.cvmjourneys.channels;

import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outbox's dead letters over REST: what the gateways refused after every retry, and sending one again. */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/outbox/dead-letters")
    @PreAuthorize("@permissions.allows(authentication, 'WATCH_DELIVERIES')")
    List<DeadLetters.DeadLetter> listDeadLetters() {
        return deadLetters.list();
    }

    @PostMapping("/api/outbox/dead-letters/{messageId}/resend")
    @PreAuthorize("@permissions.allows(authentication, 'RESEND_MESSAGES')")
    DeadLetters.Resent resend(@PathVariable long messageId, Principal caller) {
        return deadLetters.resend(messageId, caller.getName());
    }
}
