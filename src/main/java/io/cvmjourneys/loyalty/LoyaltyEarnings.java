package io.cvmjourneys.loyalty;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points for what a member did: dmn/loyalty-earning.dmn says how many for the behaviour and the
 * member's tier (a fixed number, or so many per pound), and the ledger books them once per reference.
 */
@Service
public class LoyaltyEarnings {

    static final String DECISION = "loyaltyEarning";
    /** More than any top-up or bill we send: a guard against pence sent as pounds. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(10_000);

    private final LoyaltyLedger ledger;
    private final DecisionService decisions;
    private final Clock clock;

    LoyaltyEarnings(LoyaltyLedger ledger, DecisionService decisions, Clock clock) {
        this.ledger = ledger;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** @param amount pounds, for the behaviours that earn per pound; null for the others */
    @Transactional
    public LoyaltyLedger.Booking earn(String customerId, LoyaltyBehaviour behaviour, BigDecimal amount, String reference,
                                      Channel channel, String bookedBy) {
        LocalDate today = LocalDate.now(clock);
        String tier = ledger.tier(customerId).orElseThrow(() -> new ApiException(
                HttpStatus.NOT_FOUND, "Customer " + customerId + " is not a member of the loyalty program", "customerId"));
        DmnDecisionResultEntries rule = decisions.evaluateDecisionByKey(DECISION)
                .variables(Map.of("behaviour", behaviour.name(), "tier", tier)).evaluate().getSingleResult();
        int pointsPerPound = ((Number) rule.get("pointsPerPound")).intValue();
        int points = ((Number) rule.get("points")).intValue() + perPound(behaviour, amount, pointsPerPound);
        if (points <= 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "£" + amount + " earns no points: " + behaviour + " earns "
                    + pointsPerPound + " for every whole pound", "amount");
        }
        return ledger.earn(customerId, points, (String) rule.get("reason"), reference, channel, bookedBy, today, clock.instant());
    }

    private static int perPound(LoyaltyBehaviour behaviour, BigDecimal amount, int pointsPerPound) {
        if (!behaviour.hasAmount()) {
            if (amount != null) {
                throw new ApiException(HttpStatus.BAD_REQUEST, behaviour + " earns a fixed number of points: send no amount", "amount");
            }
            return 0;
        }
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, behaviour + " earns points per pound: amount must be the pounds,"
                    + " above 0 and at most " + MAX_AMOUNT, "amount");
        }
        return amount.intValue() * pointsPerPound;
    }
}
