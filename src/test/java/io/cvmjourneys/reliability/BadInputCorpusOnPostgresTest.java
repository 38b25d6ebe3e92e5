package io.cvmjourneys.reliability;

import io.cvmjourneys.testsupport.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The corpus on a real PostgreSQL, as production runs. There is no H2 twin: H2 stores what PostgreSQL
 * refuses (a NUL in a text), so the cases that expect that refusal hold on PostgreSQL only.
 */
@ActiveProfiles("postgres")
class BadInputCorpusOnPostgresTest extends BadInputCorpusTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
