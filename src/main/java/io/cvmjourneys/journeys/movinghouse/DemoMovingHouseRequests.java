package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.customer.Address;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.HomeMoves;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: customers with a home connection report moves to the demo network's streets (see
 * io.cvmjourneys.network), one for each service option, so the call center has installations to
 * book and a customer we cannot serve on a first run. Fixed event ids make a restart change nothing.
 */
@Component
@Profile("demo")
@Order(21)
class DemoMovingHouseRequests implements ApplicationRunner {

    private record Move(String technology, Address to, int daysAhead) {
    }

    private static final List<Move> MOVES = List.of(
            new Move("COPPER", new Address("Cutting Room Square", "12", "M4 6BF", "Manchester"), 12),
            new Move("FIBRE", new Address("Cutting Room Square", "14", "M4 6BF", "Manchester"), 9),
            new Move("FIBRE", new Address("Church Lane", "2", "OX7 5QH", "Chipping Norton"), 20),
            new Move("COPPER", new Address("Moor View", "1", "PL20 6SW", "Yelverton"), 15));
    private static final Address OLD_ADDRESS = new Address("High Street", "1", "B1 1AA", "Birmingham");
    private static final int FIRST_CANDIDATE = 100;
    private static final int CANDIDATES = 400;

    private final MomentIntake intake;
    private final CustomerDirectory customers;
    private final HomeMoves homeMoves;
    private final Clock clock;

    DemoMovingHouseRequests(MomentIntake intake, CustomerDirectory customers, HomeMoves homeMoves, Clock clock) {
        this.intake = intake;
        this.customers = customers;
        this.homeMoves = homeMoves;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Set<String> taken = new HashSet<>();
        for (Move move : MOVES) {
            customerWith(move.technology(), taken).ifPresent(customer -> {
                taken.add(customer.customerId());
                homeMoves.startBilling(customer.customerId(), OLD_ADDRESS, customer.customer().customerSince(),
                        "demo-billing-" + customer.customerId());
                intake.receive(new Moment("demo-move-" + customer.customerId(), customer.customerId(),
                        MomentType.MOVE_REQUESTED, Channel.CALL_CENTER, now, Map.of(
                                "newAddress", Map.of("street", move.to().street(), "houseNumber", move.to().houseNumber(),
                                        "postcode", move.to().postcode(), "city", move.to().city()),
                                "moveDate", today.plusDays(move.daysAhead()).toString())));
            });
        }
    }

    /** The first demo customer whose home connection uses this technology and who moves in no other demo. */
    private Optional<CustomerContext> customerWith(String technology, Set<String> taken) {
        return IntStream.range(FIRST_CANDIDATE, FIRST_CANDIDATE + CANDIDATES)
                .mapToObj("CUST-%06d"::formatted)
                .filter(id -> !taken.contains(id))
                .map(customers::context).flatMap(Optional::stream)
                .filter(context -> context.subscriptions().stream().anyMatch(subscription ->
                        HomeMoves.HOME_CONNECTION.equals(subscription.productType())
                                && technology.equals(subscription.technology())))
                .findFirst();
    }
}
