package io.cvmjourneys.journeys.renewal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the contract-renewal journey ({@code cvm.contract-renewal.*}).
 *
 * @param contractScan the daily scan that raises CONTRACT_ENDING moments
 */
@Validated
@ConfigurationProperties("cvm.contract-renewal")
record RenewalProperties(@Valid ContractScan contractScan) {

    RenewalProperties {
        contractScan = contractScan == null ? new ContractScan(null, null, null) : contractScan;
    }

    /**
     * @param enabled    whether this node runs the scan (every node may: a contract's moment is raised once)
     * @param cron       when, as a Spring cron expression in the server's time zone
     * @param windowDays contracts ending from a week to this many days from today raise the moment
     */
    record ContractScan(Boolean enabled, String cron,
                        @Min(ContractEndApproaching.MIN_DAYS_AHEAD) @Max(ContractEndApproaching.MAX_DAYS_AHEAD) Integer windowDays) {
        ContractScan {
            enabled = enabled == null || enabled;
            cron = cron == null ? "0 15 6 * * *" : cron;
            windowDays = windowDays == null ? 60 : windowDays;
        }
    }
}
