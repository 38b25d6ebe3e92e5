package io.cvmjourneys.engine;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator the product runs for ({@code cvm.operator.*}).
 *
 * @param zone the operator's time zone, where its customers live and its teams work: every "today",
 *             quiet hour and business day is read in it (default Europe/London)
 */
@ConfigurationProperties("cvm.operator")
record OperatorProperties(ZoneId zone) {

    OperatorProperties {
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
    }
}
