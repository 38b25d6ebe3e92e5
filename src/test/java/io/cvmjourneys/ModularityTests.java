package io.cvmjourneys;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages talk through their public facades only; a cycle or a reach into internals fails the build. */
class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(CvmJourneysApplication.class).verify();
    }
}
