package io.cvmjourneys.journeys.renewal;

import io.cvmjourneys.customer.Contracts;
import io.cvmjourneys.customer.Contracts.ContractEnding;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentIntake;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: a few of the first demo customers whose contract ends within the renewal window enter
 * the journey on a first run, so the call-center queue has renewal calls and some offers are out.
 * Event ids are the contracts', so a restart starts nothing twice.
 */
@Component
@Profile("demo")
@Order(26)
class DemoContractRenewals implements ApplicationRunner {

    static final int JOURNEYS = 6;
    /** The live demo's customers: those below it are kept out of the demo's past. */
    private static final String LAST_LIVE_CUSTOMER = "CUST-000599";

    private final Contracts contracts;
    private final MomentIntake intake;
    private final Clock clock;

    DemoContractRenewals(Contracts contracts, MomentIntake intake, Clock clock) {
        this.contracts = contracts;
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        contracts.contractsEndingBetween(today.plusDays(ContractEndApproaching.MIN_DAYS_AHEAD), today.plusDays(ContractEndApproaching.MAX_DAYS_AHEAD))
                .stream()
                .filter(contract -> contract.customerId().compareTo(LAST_LIVE_CUSTOMER) <= 0)
                .limit(JOURNEYS)
                .forEach(this::raise);
    }

    private void raise(ContractEnding contract) {
        intake.receive(ContractEndApproaching.moment(contract, Channel.APP, clock.instant()));
    }
}
