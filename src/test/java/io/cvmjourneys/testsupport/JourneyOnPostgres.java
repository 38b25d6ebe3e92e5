package io.cvmjourneys.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A journey driven over HTTP as its people do, on a PostgreSQL database of its own with the demo
 * users and customers; the clock stands at {@link TestClock#DEFAULT} unless the test moves it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test", "postgres"})
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface JourneyOnPostgres {
}
