package io.cvmjourneys.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.web.client.RestClient;

/**
 * The application as a node of a cluster runs it: a JVM of its own (the test's classpath), the
 * postgres and demo profiles on a shared database, the job executor on, Camunda's host name set to
 * the node's name (so the job log says which node ran each job). Its output goes to a file the test
 * prints the path of.
 */
public final class ApplicationNode {

    private final String name;
    private final String databaseUrl;
    private final int port;
    private final List<String> settings;
    private Process process;

    private ApplicationNode(String name, String databaseUrl, int port, List<String> settings) {
        this.name = name;
        this.databaseUrl = databaseUrl;
        this.port = port;
        this.settings = settings;
    }

    /**
     * Starts the node and waits until its readiness says UP; {@code settings} are further
     * command-line properties ({@code --name=value}), kept when the node is started again.
     */
    public static ApplicationNode started(String name, String databaseUrl, String... settings) {
        ApplicationNode node = new ApplicationNode(name, databaseUrl, TestHttp.freePort(), List.of(settings));
        node.start();
        return node;
    }

    public void start() {
        try {
            Path log = Files.createTempFile("cvm-" + name, ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-cp", System.getProperty("java.class.path"), "io.cvmjourneys.CvmJourneysApplication",
                    "--server.port=" + port, "--spring.profiles.active=demo,postgres", "--cvm.demo.history.enabled=false",
                    "--camunda.bpm.generic-properties.properties.hostname=" + name));
            command.addAll(settings);
            ProcessBuilder node = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            node.environment().putAll(Map.of("CVM_DB_URL", databaseUrl, "CVM_DB_USER", "postgres", "CVM_DB_PASSWORD",
                    "integration-test-only"));
            process = node.start();
            System.out.println(name + " logs to " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not start", e);
        }
        awaitReady();
    }

    /** SIGTERM, as an orchestrator stops a node; answers how long the node took to exit. */
    public Duration stop() throws InterruptedException {
        long asked = System.nanoTime();
        process.destroy();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("%s exits within 90 s of SIGTERM", name).isTrue();
        return Duration.ofNanos(System.nanoTime() - asked);
    }

    /** Stops the node whatever it is doing, if it still runs: SIGKILL, as {@code kill -9}, and waits until it is gone. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** A demo user's HTTP Basic client of this node. */
    public RestClient as(String user) {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }

    private void awaitReady() {
        RestClient probe = TestHttp.client(port);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                if (probe.get().uri("/actuator/health/readiness").retrieve().toBodilessEntity().getStatusCode().is2xxSuccessful()) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // still starting
            }
            assertThat(process.isAlive()).as("%s still starting (see its log)", name).isTrue();
            assertThat(System.nanoTime()).as("%s ready within 3 minutes", name).isLessThan(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
