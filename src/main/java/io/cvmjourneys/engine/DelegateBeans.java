package io.cvmjourneys.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The Spring beans a model's expressions may name: delegates and listeners only. Without this
 * allow-list a deployed model could call any bean (a repository, the identity service…).
 * Beans are looked up lazily, so delegates may depend on the engine's own services.
 */
final class DelegateBeans extends AbstractMap<Object, Object> {

    private static final Class<?>[] ALLOWED_TYPES = {JavaDelegate.class, ExecutionListener.class, TaskListener.class};

    private final ApplicationContext applicationContext;

    DelegateBeans(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public boolean containsKey(Object key) {
        if (!(key instanceof String name) || !applicationContext.containsBean(name)) {
            return false;
        }
        Class<?> type = applicationContext.getType(name);
        return type != null && Arrays.stream(ALLOWED_TYPES).anyMatch(allowed -> allowed.isAssignableFrom(type));
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? applicationContext.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return Arrays.stream(ALLOWED_TYPES)
                .flatMap(type -> Stream.of(applicationContext.getBeanNamesForType(type)))
                .distinct()
                .map(name -> Map.entry((Object) name, applicationContext.getBean(name)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
