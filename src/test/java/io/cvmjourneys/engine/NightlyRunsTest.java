package io.cvmjourneys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.PostgresTestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every node's schedule fires the same nightly work at the same minute: the first node to claim
 * the run does it, the others skip it, on both databases the product runs on.
 */
class NightlyRunsTest {

    private static final Instant FOUR_THIRTY = Instant.parse("2026-11-23T04:30:00.120Z");

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void oneNodeRunsEachRunAndTheNextRunIsClaimedAgain(String database) {
        JdbcClient jdbc = migrated(database);
        NightlyRuns first = new NightlyRuns(jdbc, Clock.fixed(FOUR_THIRTY, ZoneOffset.UTC));
        NightlyRuns second = new NightlyRuns(jdbc, Clock.fixed(FOUR_THIRTY.plusMillis(2_300), ZoneOffset.UTC));

        assertThat(first.claim("action watch")).isTrue();
        assertThat(second.claim("action watch")).as("the other node, seconds later in the same minute").isFalse();
        assertThat(second.claim("program reviews")).as("other work is claimed on its own").isTrue();
        assertThat(new NightlyRuns(jdbc, Clock.fixed(FOUR_THIRTY.plusSeconds(86_400), ZoneOffset.UTC)).claim("action watch"))
                .as("the next night's run").isTrue();
    }

    private static JdbcClient migrated(String database) {
        boolean h2 = database.equals("H2");
        DriverManagerDataSource dataSource = h2
                ? new DriverManagerDataSource("jdbc:h2:mem:nightly-runs;DB_CLOSE_DELAY=-1", "sa", "")
                : new DriverManagerDataSource(PostgresTestDatabase.newDatabaseUrl(), "postgres", "integration-test-only");
        String schema = h2 ? "CVM" : "cvm";
        Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).locations("classpath:db/migration")
                .load().migrate();
        return JdbcClient.create(dataSource);
    }
}
