package io.cvmjourneys.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's lists of custom parse listeners, interceptors and session factories start out null and
 * are shared by every plugin; each plugin adds its own to what the others put there before it.
 */
public final class EngineExtensionLists {

    private EngineExtensionLists() {
    }

    /** What the engine holds so far (nothing when null), followed by the given extensions. */
    @SafeVarargs
    public static <T> List<T> withAdded(List<T> current, T... extensions) {
        List<T> all = current == null ? new ArrayList<>() : new ArrayList<>(current);
        all.addAll(Arrays.asList(extensions));
        return all;
    }
}
