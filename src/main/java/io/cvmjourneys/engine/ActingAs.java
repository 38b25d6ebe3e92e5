package io.cvmjourneys.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Engine work done in a person's name, as a member of their teams: the engine checks what they may
 * see and do, and history records them as the one who claimed or completed a task.
 */
public final class ActingAs {

    private ActingAs() {
    }

    public static <T> T call(IdentityService identity, String user, List<String> groups, Supplier<T> work) {
        identity.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public static void run(IdentityService identity, String user, List<String> groups, Runnable work) {
        call(identity, user, groups, () -> {
            work.run();
            return null;
        });
    }
}
