package io.cvmjourneys.loyalty;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
 * The loyalty program over REST: a member's statement, the feeds that report what members did
 * ({@code earnings}), and the store, call center and app spending points ({@code redemptions}). A
 * request sent again with its reference is answered 200 with what it booked the first time (201).
 */
@RestController
@RequestMapping("/api/loyalty/members/{customerId}")
class LoyaltyController {

    /** @param amount pounds, for DIGITAL_TOP_UP and BILL_SPEND; none for the other behaviours */
    record EarningReport(@NotBlank @Size(max = LoyaltyLedger.MAX_TEXT) String reference, @NotNull LoyaltyBehaviour behaviour,
                         BigDecimal amount, Channel channel) {
    }

    record RedemptionRequest(@NotBlank @Size(max = LoyaltyLedger.MAX_TEXT) String reference, @NotNull Integer points,
                             @NotBlank @Size(max = LoyaltyLedger.MAX_TEXT) String reward, @NotNull Channel channel) {
    }

    /** What a booking answers: the row, and the balance after it. */
    record Booked(String customerId, LoyaltyEntry.Kind kind, int points, String reason, String reference, int balance) {

        static ResponseEntity<Booked> of(String customerId, LoyaltyLedger.Booking booking) {
            LoyaltyEntry entry = booking.entry();
            return ResponseEntity.status(booking.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(new Booked(customerId,
                    entry.kind(), entry.points(), entry.reason(), entry.reference(), booking.balance()));
        }
    }

    private final LoyaltyLedger ledger;
    private final LoyaltyEarnings earnings;
    private final Clock clock;

    LoyaltyController(LoyaltyLedger ledger, LoyaltyEarnings earnings, Clock clock) {
        this.ledger = ledger;
        this.earnings = earnings;
        this.clock = clock;
    }

    @GetMapping
    LoyaltyStatement statement(@PathVariable String customerId) {
        return ledger.statement(customerId, LocalDate.now(clock)).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "Customer " + customerId + " has never joined the loyalty program", "customerId"));
    }

    @PreAuthorize("@permissions.allows(authentication, 'REPORT_CUSTOMER_ACTIVITY')")
    @PostMapping("/earnings")
    ResponseEntity<Booked> earned(@PathVariable String customerId, @Valid @RequestBody EarningReport report, Principal user) {
        if (!report.behaviour().isReported()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, report.behaviour() + " points are booked by the loyalty program"
                    + " itself; the feeds report " + Arrays.stream(LoyaltyBehaviour.values())
                    .filter(LoyaltyBehaviour::isReported).toList(), "behaviour");
        }
        return Booked.of(customerId, earnings.earn(customerId, report.behaviour(), report.amount(), report.reference(),
                report.channel(), user.getName()));
    }

    @PreAuthorize("@permissions.allows(authentication, 'REDEEM_POINTS')")
    @PostMapping("/redemptions")
    ResponseEntity<Booked> redeem(@PathVariable String customerId, @Valid @RequestBody RedemptionRequest request,
                                  Principal user) {
        return Booked.of(customerId, ledger.redeem(customerId, request.points(), request.reward(), request.reference(),
                request.channel(), user.getName(), clock.instant()));
    }
}
