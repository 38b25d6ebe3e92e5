package io.cvmjourneys.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One user per team, password "demo" — only in the demo profile, never anywhere else. */
@Component
@Profile(DemoUsers.DEMO_PROFILE)
@Order(10)
class DemoUsers implements ApplicationRunner {

    static final String DEMO_PROFILE = "demo";
    static final String DEMO_PASSWORD = "demo";

    record DemoUser(String id, String firstName, String lastName, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("manager", "Maria", "Manager", Role.CVM_MANAGER),
            new DemoUser("agent", "Arun", "Agent", Role.CALL_CENTER),
            new DemoUser("store", "Sofia", "Store", Role.STORE),
            new DemoUser("cx", "Chris", "Experience", Role.CX_TEAM),
            new DemoUser("channel", "Chen", "Channel", Role.CHANNEL_TEAM),
            new DemoUser("analyst", "Ana", "Analyst", Role.ANALYTICS_TEAM),
            new DemoUser("admin", "Adam", "Admin", Role.CAMUNDA_ADMIN));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final Environment environment;

    DemoUsers(IdentityService identityService, Environment environment) {
        this.identityService = identityService;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demoUser : USERS) {
            if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
                User user = identityService.newUser(demoUser.id());
                user.setFirstName(demoUser.firstName());
                user.setLastName(demoUser.lastName());
                user.setEmail(demoUser.id() + "@demo.cvmjourneys.io");
                user.setPassword(DEMO_PASSWORD);
                identityService.saveUser(user);
                identityService.createMembership(demoUser.id(), demoUser.role().groupId());
            }
        }
    }

    /** Said last, when the demo data is in place too. */
    @EventListener(ApplicationReadyEvent.class)
    void sayWhereToSignIn() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("CVM Journeys demo is up: sign in at http://localhost:{}/ as manager, agent, store, cx, channel,"
                + " analyst or admin (password '{}'). Camunda webapps: http://localhost:{}/camunda/app/",
                port, DEMO_PASSWORD, port);
    }
}
