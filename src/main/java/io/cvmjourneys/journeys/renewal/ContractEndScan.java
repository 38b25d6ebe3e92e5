package io.cvmjourneys.journeys.renewal;

import io.cvmjourneys.customer.Contracts;
import io.cvmjourneys.journeys.DailyMomentScan;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The daily contract scan ({@code cvm.contract-renewal.contract-scan.*}): every contract of a running
 * line that ends from a week to the window's end raises a CONTRACT_ENDING moment, so the renewal is
 * offered while there is time to answer. The event id is the contract (customer, line, end date), so
 * each contract starts one journey; a renewed contract ends later and is raised again in its turn.
 */
@Component
class ContractEndScan implements DailyMomentScan {

    private final Contracts contracts;
    private final RenewalProperties properties;
    private final Clock clock;

    ContractEndScan(Contracts contracts, RenewalProperties properties, Clock clock) {
        this.contracts = contracts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "Contract scan, " + properties.contractScan().windowDays() + " days ahead";
    }

    @Override
    public boolean enabled() {
        return properties.contractScan().enabled();
    }

    @Override
    public String cron() {
        return properties.contractScan().cron();
    }

    @Override
    public List<Moment> due(LocalDate today) {
        return contracts.contractsEndingBetween(today.plusDays(ContractEndApproaching.MIN_DAYS_AHEAD),
                        today.plusDays(properties.contractScan().windowDays())).stream()
                .map(contract -> ContractEndApproaching.moment(contract, Channel.APP, clock.instant()))
                .toList();
    }
}
