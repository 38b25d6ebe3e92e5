package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: a few customers asking to leave, handed to the intake like any channel would, so the
 * call-center queue has work on a first run. Fixed event ids make a restart change nothing.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCancellationRequests implements ApplicationRunner {

    private record Request(String customerId, MomentType type, Channel channel, CancellationReason reason) {
    }

    private static final List<Request> REQUESTS = List.of(
            new Request("CUST-000007", MomentType.CANCELLATION_REQUEST, Channel.CALL_CENTER, CancellationReason.PRICE),
            new Request("CUST-000019", MomentType.PORT_OUT_REQUEST, Channel.CALL_CENTER, CancellationReason.COMPETITOR_OFFER),
            new Request("CUST-000023", MomentType.CANCELLATION_REQUEST, Channel.STORE, CancellationReason.MOVING),
            new Request("CUST-000042", MomentType.CANCELLATION_REQUEST, Channel.WEB, CancellationReason.SERVICE_QUALITY),
            new Request("CUST-000058", MomentType.CANCELLATION_REQUEST, Channel.APP, CancellationReason.NOT_STATED));

    private final MomentIntake intake;
    private final Clock clock;

    DemoCancellationRequests(MomentIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        for (int i = 0; i < REQUESTS.size(); i++) {
            Request request = REQUESTS.get(i);
            intake.receive(new Moment("demo-cancellation-" + request.customerId(), request.customerId(), request.type(),
                    request.channel(), now.minus(Duration.ofMinutes(15L * (i + 1))),
                    Map.of(CancellationRequested.REASON_FIELD, request.reason().name())));
        }
    }
}
