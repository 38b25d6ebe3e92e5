package io.cvmjourneys.journeys;

import io.cvmjourneys.testsupport.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo with its history runs on PostgreSQL too (README: add the demo profile to postgres). */
@ActiveProfiles("postgres")
class DemoJourneyHistoryOnPostgresTest extends DemoJourneyHistoryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
