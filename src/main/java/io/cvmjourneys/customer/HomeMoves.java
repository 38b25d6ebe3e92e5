package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing by address, and a move of the home connection with it. Billing at an address runs until
 * the next address's first day, so the old address stops the day the new one starts and no day is
 * billed twice (the table's key refuses two addresses starting on the same day). Changes carry a
 * journey step's reference: the same reference twice changes nothing.
 */
@Service
public class HomeMoves {

    /** The product type of a home connection (the one that moves with the customer). */
    public static final String HOME_CONNECTION = Subscription.BROADBAND;

    private final JdbcClient jdbc;
    private final Clock clock;

    HomeMoves(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Bills the customer at this address from {@code billedFrom} on. */
    @Transactional
    public void startBilling(String customerId, Address address, LocalDate billedFrom, String reference) {
        if (jdbc.sql("SELECT COUNT(*) FROM cvm.billing_address WHERE reference = ?").param(reference)
                .query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO cvm.billing_address (customer_id, billed_from, street, house_number, postcode, city, reference)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(customerId, billedFrom, address.street(), address.houseNumber(), address.postcode(), address.city(),
                        reference)
                .update();
    }

    /**
     * The home connection moves to the new address, active from {@code activationDate}: billing moves
     * with it on that day, and the connection takes the new technology and fee (null keeps the current one).
     */
    @Transactional
    public void moveHome(String customerId, Address newAddress, String technology, BigDecimal monthlyFee,
                         LocalDate activationDate, String reference) {
        if (jdbc.sql("SELECT COUNT(*) FROM cvm.account_change WHERE reference = ?").param(reference)
                .query(Long.class).single() > 0) {
            return;
        }
        startBilling(customerId, newAddress, activationDate, reference);
        jdbc.sql("""
                        UPDATE cvm.subscription SET technology = COALESCE(?, technology), monthly_fee = COALESCE(?, monthly_fee)
                        WHERE customer_id = ? AND product_type = ? AND cancelled_on IS NULL""")
                .params(technology, monthlyFee, customerId, HOME_CONNECTION).update();
        jdbc.sql("""
                        INSERT INTO cvm.account_change (reference, customer_id, kind, amount, reason, effective_on, recorded_at)
                        VALUES (?, ?, 'HOME_MOVE', ?, ?, ?, ?)""")
                .params(reference, customerId, monthlyFee, newAddress.oneLine(), activationDate, Timestamp.from(clock.instant()))
                .update();
    }

    /** Every address the customer was billed at, oldest first. */
    public List<BillingPeriod> billingPeriods(String customerId) {
        List<BillingPeriod> starts = jdbc.sql("""
                        SELECT billed_from, street, house_number, postcode, city FROM cvm.billing_address
                        WHERE customer_id = ? ORDER BY billed_from""")
                .param(customerId)
                .query((row, n) -> new BillingPeriod(new Address(row.getString("street"), row.getString("house_number"),
                        row.getString("postcode"), row.getString("city")), row.getObject("billed_from", LocalDate.class), null))
                .list();
        List<BillingPeriod> periods = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            BillingPeriod start = starts.get(i);
            LocalDate until = i + 1 < starts.size() ? starts.get(i + 1).from().minusDays(1) : null;
            periods.add(new BillingPeriod(start.address(), start.from(), until));
        }
        return periods;
    }

    /** The address the customer is billed at on that day, if any is on record. */
    public Optional<Address> billedAddress(String customerId, LocalDate day) {
        return billingPeriods(customerId).stream().filter(period -> period.covers(day)).map(BillingPeriod::address)
                .findFirst();
    }
}
