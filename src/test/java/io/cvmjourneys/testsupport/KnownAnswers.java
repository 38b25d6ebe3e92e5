package io.cvmjourneys.testsupport;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.Outcome;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A known history of answers: new loyal high-value customers visit a store, where the candidate
 * table proposes the broadband bundle first and the loyalty reward second, and answer as the test says.
 */
public final class KnownAnswers {

    public static final String BUNDLE = "HOME_BROADBAND_BUNDLE";
    public static final String REWARD = "LOYALTY_REWARD";
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    private final NextBestActionService nba;
    private final JdbcClient jdbc;

    public KnownAnswers(NextBestActionService nba, JdbcClient jdbc) {
        this.nba = nba;
        this.jdbc = jdbc;
    }

    /** That many new customers were offered the action in the store and answered so. */
    public void answered(String actionId, int accepted, int declined) {
        for (int i = 0; i < accepted + declined; i++) {
            nba.recordOutcome(storeVisit().decisionId(), actionId, i < accepted ? Outcome.ACCEPTED : Outcome.DECLINED, "store");
        }
    }

    /** The decision for a store visit of a new loyal high-value customer. */
    public NextBestActions storeVisit() {
        return nba.decide(newCustomer(), MomentType.STORE_VISIT, Channel.STORE, null);
    }

    /** A new loyal high-value customer, in an area of their own. */
    public String newCustomer() {
        return TestCustomers.loyalHighValue(jdbc, "CUST-9" + String.format("%05d", CUSTOMERS.incrementAndGet()), "K9");
    }
}
