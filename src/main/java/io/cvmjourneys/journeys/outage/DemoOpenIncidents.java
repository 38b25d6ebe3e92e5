package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.customer.ServiceIncidents;
import io.cvmjourneys.customer.ServiceIncidents.RecordedIncident;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: the network reports the incidents the demo base has open (they began before the demo
 * did), so their customers are in a service outage journey on a first run, as they would have been.
 * Runs after the demo's history, which keeps its own customers apart; a restart starts nothing twice.
 */
@Component
@Profile("demo")
@Order(50)
class DemoOpenIncidents implements ApplicationRunner {

    private final ServiceIncidents incidents;
    private final NetworkIncidents network;
    private final Clock clock;

    DemoOpenIncidents(ServiceIncidents incidents, NetworkIncidents network, Clock clock) {
        this.incidents = incidents;
        this.network = network;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (RecordedIncident open : incidents.openAt(clock.instant())) {
            network.report(open.incident().id(), open.incident().areaCode(), IncidentKind.valueOf(open.incident().kind()),
                    open.incident().title(), open.incident().startedAt(), open.expectedFixAt());
        }
    }
}
