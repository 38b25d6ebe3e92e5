package io.cvmjourneys.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, refuses to start when a configured password (any property whose name
 * ends in "password") is a well-known default, or when a demo user still has the demo password —
 * the trace of a demo run on a database that now serves real customers.
 */
@Component
@Profile("!" + DemoUsers.DEMO_PROFILE)
class DefaultPasswordGuard implements InitializingBean {

    private final ConfigurableEnvironment environment;
    private final CvmSecurityProperties properties;
    private final IdentityService identityService;

    DefaultPasswordGuard(ConfigurableEnvironment environment, CvmSecurityProperties properties,
                         IdentityService identityService) {
        this.environment = environment;
        this.properties = properties;
        this.identityService = identityService;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = new ArrayList<>(configuredDefaultPasswords());
        problems.addAll(demoUsersWithDemoPassword());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with default passwords outside the demo profile: "
                    + String.join("; ", problems)
                    + ". Set real secrets (environment variables), or run with the demo profile for a demo.");
        }
    }

    List<String> configuredDefaultPasswords() {
        List<String> found = new ArrayList<>();
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.toLowerCase(Locale.ROOT).endsWith("password") && isKnownDefault(environment.getProperty(name))
                            && !found.contains(name)) {
                        found.add(name);
                    }
                }
            }
        }
        return found.stream().map(name -> name + " is a known default").toList();
    }

    private List<String> demoUsersWithDemoPassword() {
        return DemoUsers.USERS.stream()
                .map(DemoUsers.DemoUser::id)
                .filter(id -> identityService.createUserQuery().userId(id).count() > 0)
                .filter(id -> identityService.checkPassword(id, DemoUsers.DEMO_PASSWORD))
                .map(id -> "demo user '" + id + "' still has the demo password")
                .toList();
    }

    private boolean isKnownDefault(String value) {
        return value != null && properties.knownDefaultPasswords().stream().anyMatch(value::equalsIgnoreCase);
    }
}
