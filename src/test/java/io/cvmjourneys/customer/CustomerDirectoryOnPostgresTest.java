package io.cvmjourneys.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.PostgresTestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ActiveProfiles("postgres")
class CustomerDirectoryOnPostgresTest extends CustomerDirectoryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    /**
     * Round trips counted as the driver counts them: each time it sends Sync it waits for the server.
     * The customer's tables in one, the engine's question about the customer's journeys in one (the
     * fixture customers have none running), the read-only transaction's commit in one.
     */
    @Test
    void theContextTakesAtMostThreeRoundTripsWhateverTheCustomerHas() {
        directory.context(CustomerFixture.RICH); // the engine's first query of a kind prepares it

        assertThat(roundTripsDuring(() -> directory.context(CustomerFixture.RICH))).isBetween(1, 3);
        assertThat(roundTripsDuring(() -> directory.context(CustomerFixture.SPARSE))).isBetween(1, 3);
    }

    private static int roundTripsDuring(Runnable read) {
        Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        Level level = driver.getLevel();
        long reader = Thread.currentThread().getId();
        AtomicInteger syncs = new AtomicInteger();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLongThreadID() == reader && " FE=> Sync".equals(record.getMessage())) {
                    syncs.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        counter.setLevel(Level.FINEST);
        driver.addHandler(counter);
        driver.setLevel(Level.FINEST);
        try {
            read.run();
        } finally {
            driver.setLevel(level);
            driver.removeHandler(counter);
        }
        return syncs.get();
    }
}
