package io.cvmjourneys.referrals;

import io.cvmjourneys.web.ApiException;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The referral program over REST: a customer's code and link (issued the first time the app, a
 * store or the call center asks), how their friends did, the leads friends leave on the link's page,
 * and a friend's referral. The friend joining is a moment of truth (REFERRED_FRIEND_JOINED), which
 * starts the referral journey.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

    private final Referrals referrals;
    private final Clock clock;

    ReferralController(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @PreAuthorize("@permissions.allows(authentication, 'RAISE_MOMENTS')")
    @PostMapping("/referrers/{customerId}/code")
    Referrals.ReferralCode code(@PathVariable String customerId) {
        return referrals.codeOf(customerId, clock.instant());
    }

    @GetMapping("/referrers/{customerId}")
    Referrals.ReferrerStanding referrer(@PathVariable String customerId) {
        return referrals.standing(customerId);
    }

    /** A lead sent again with its reference is answered 200 with the first booking (201). */
    @PreAuthorize("@permissions.allows(authentication, 'RAISE_MOMENTS')")
    @PostMapping("/leads")
    ResponseEntity<Referrals.LeadReceipt> lead(@Valid @RequestBody ReferralLead lead) {
        Referrals.LeadReceipt receipt = referrals.recordLead(lead, clock.instant());
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
    }

    @GetMapping("/friends/{customerId}")
    Referral friend(@PathVariable String customerId) {
        return referrals.referral(customerId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "Customer " + customerId + " did not join with a referral code", "customerId"));
    }
}
