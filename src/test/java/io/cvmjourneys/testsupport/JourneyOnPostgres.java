package io.cvmjourneys.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A journey driven over HTTP as its people do, on a PostgreSQL database of its own with the demo
 * users and customers; the engine clock goes back to real time after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test", "postgres"})
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
@TestExecutionListeners(listeners = RealEngineClock.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface JourneyOnPostgres {
}
