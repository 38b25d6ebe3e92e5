package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cvmjourneys.CvmJourneysApplication;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Outside the demo profile the application refuses to start with a password anyone could guess. */
class DefaultPasswordGuardTest {

    @TempDir
    Path dataDirectory;

    @Test
    void refusesAConfiguredDefaultPassword() {
        assertThatThrownBy(() -> start("test", "--spring.datasource.password=demo", "--CVM_ADMIN_PASSWORD=changeme").close())
                .rootCause()
                .hasMessageContaining("Refusing to start with default passwords")
                .hasMessageContaining("spring.datasource.password is a known default")
                .hasMessageContaining("CVM_ADMIN_PASSWORD is a known default");
    }

    @Test
    void refusesADatabaseWhereDemoUsersStillHaveTheDemoPassword() {
        try (ConfigurableApplicationContext demo = start("demo,test")) {
            assertThat(demo.getBean(IdentityService.class).checkPassword("manager", "demo")).isTrue();
        }

        assertThatThrownBy(() -> start("test").close())
                .rootCause()
                .hasMessageContaining("demo user 'manager' still has the demo password");
    }

    @Test
    void startsWithRealSecrets() {
        try (ConfigurableApplicationContext production = start("test", "--spring.datasource.password=Xk29-long-and-random")) {
            assertThat(production.isActive()).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String profiles, String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("cvm") + ";DB_CLOSE_ON_EXIT=FALSE";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new SpringApplicationBuilder(CvmJourneysApplication.class).profiles(profiles.split(",")).run(all);
    }
}
