package io.cvmjourneys.engine;

import java.time.ZoneId;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator the product runs for ({@code cvm.operator.*}).
 *
 * @param zone     the operator's time zone, where its customers live and its teams work: every "today",
 *                 quiet hour and business day is read in it (default Europe/London)
 * @param currency the currency its prices and balances are in (default GBP)
 */
@ConfigurationProperties("cvm.operator")
public record OperatorProperties(ZoneId zone, Currency currency) {

    public OperatorProperties {
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
        currency = currency == null ? Currency.getInstance("GBP") : currency;
    }
}
