package io.cvmjourneys.engine;

import java.util.Optional;
import java.util.stream.Stream;

/** A failure and the chain of its causes, the failure first, as the answers that judge failures read it. */
final class Causes {

    /** The failure, its cause, that one's cause…; ends at a cause that names itself. */
    static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, cause -> cause != null, cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    /** The first in the chain of this type. */
    static <T extends Throwable> Optional<T> first(Throwable failure, Class<T> type) {
        return of(failure).filter(type::isInstance).map(type::cast).findFirst();
    }

    private Causes() {
    }
}
