package io.cvmjourneys.engine;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time for the whole application: one {@link Clock} bean, backed by the engine's clock and set in
 * the operator's zone. Every class that needs "now" or "today" takes it; none reads a clock of its own.
 */
@Configuration(proxyBeanMethods = false)
class OperatorTime {

    @Bean
    Clock applicationClock(OperatorProperties operator) {
        return new EngineBackedClock(operator.zone());
    }
}
