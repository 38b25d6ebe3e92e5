package io.cvmjourneys.testsupport;

import io.cvmjourneys.CvmJourneysApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application with the demo data, started in this JVM for a benchmark: on an in-memory H2 or a new
 * PostgreSQL database, on a free port, quiet, without the job executor (a benchmark drives what it
 * measures).
 */
public final class DemoApplication {

    public static ConfigurableApplicationContext start(String name, boolean postgres) {
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=warn",
                "--camunda.bpm.job-execution.enabled=false"));
        if (postgres) {
            settings.addAll(List.of("--CVM_DB_URL=" + PostgresTestDatabase.newDatabaseUrl(), "--CVM_DB_USER=postgres",
                    "--CVM_DB_PASSWORD=benchmark-only"));
        } else {
            settings.add("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128");
        }
        return new SpringApplicationBuilder(CvmJourneysApplication.class)
                .profiles(postgres ? new String[] {"postgres", "demo"} : new String[] {"demo"})
                .run(settings.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private DemoApplication() {
    }
}
