package io.cvmjourneys.channels;

import io.cvmjourneys.testsupport.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ActiveProfiles("postgres")
class OutboxOnPostgresTest extends OutboxTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    /** PostgreSQL locks only the rows a round takes; another node's round skips them and takes the next ones. */
    @Override
    boolean secondDispatcherTakesTheNextBatch() {
        return true;
    }
}
