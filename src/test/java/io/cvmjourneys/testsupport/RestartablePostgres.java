package io.cvmjourneys.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of a test's own that the test stops and starts again (pg_ctl, the real server
 * binaries) on the same port and data directory, as an operator's restart or an outage does.
 */
public final class RestartablePostgres {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A new server, running; stopped and removed when the test JVM's application contexts have closed. */
    public static RestartablePostgres started() {
        RestartablePostgres postgres;
        try {
            postgres = new RestartablePostgres(Files.createTempDirectory("cvm-restartable-postgres"), TestHttp.freePort());
        } catch (IOException e) {
            throw new UncheckedIOException("No directory for a restartable PostgreSQL", e);
        }
        postgres.start();
        SpringApplication.getShutdownHandlers().add(postgres::remove);
        return postgres;
    }

    /** Points the postgres profile's environment variables at this server. */
    public void register(DynamicPropertyRegistry registry) {
        Map.of("CVM_DB_URL", "jdbc:postgresql://localhost:" + port + "/postgres", "CVM_DB_USER", "postgres",
                "CVM_DB_PASSWORD", "integration-test-only").forEach((name, value) -> registry.add(name, () -> value));
    }

    public synchronized void start() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port)
                    .setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("The restartable PostgreSQL did not start on port " + port, e);
        }
    }

    /** Stops the server as {@code pg_ctl stop -m fast} does: open connections are cut. */
    public synchronized void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException("The restartable PostgreSQL did not stop", e);
        }
    }

    private synchronized void remove() {
        if (server != null) {
            stop();
        }
        FileSystemUtils.deleteRecursively(dataDirectory.toFile());
    }
}
