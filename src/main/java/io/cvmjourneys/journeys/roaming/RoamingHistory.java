package io.cvmjourneys.journeys.roaming;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.journeys.ChooseOutboundOffer;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.nba.NextBestActionVariables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the trips abroad of the demo's past. Most customers land without telling us first, some
 * book ahead (and a few of those stay home); most offered a pass take it; the network
 * reports the spending of those without one a few times during a week or two abroad, now and then up
 * to the cap; now and then one stays away for months, as the first traveller of the period does.
 */
@Component
@Profile("demo")
class RoamingHistory implements ProgramHistory {

    static final int JOURNEYS = 30;
    static final int HELD_OUT = 6;
    private static final List<String> COUNTRIES = List.of("ES", "FR", "IT", "PT", "US", "TR", "TH", "DE");

    private final CustomerDirectory customers;
    private final HoldoutGroups holdout;
    private final Clock clock;
    private final Set<String> stayingAway = new HashSet<>();

    RoamingHistory(CustomerDirectory customers, HoldoutGroups holdout, Clock clock) {
        this.customers = customers;
        this.holdout = holdout;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return RoamingVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        List<Instant> times = period.startTimes(JOURNEYS, Duration.ZERO, Duration.ofDays(3));
        List<String> travellers = period.customersWithControlGroup(JOURNEYS, HELD_OUT, this::isHeldOut, this::known);
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < Math.min(times.size(), travellers.size()); i++) {
            String customer = travellers.get(i);
            String country = oneOf(random, COUNTRIES, 5, 3, 3, 2, 2, 1, 1, 1);
            // the one who stays away is abroad already
            boolean booked = i > 0 && happens(random, 0.4);
            if (i == 0) {
                stayingAway.add(customer);
            }
            int daysAhead = 3 + random.nextInt(10);
            starts.add(new PastStart(times.get(i), () -> Optional.of(trip(customer, country, booked, daysAhead))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        return Optional.empty();
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        double spent = ((Number) journey.getOrDefault(RoamingVariables.TRIP_SPENT, 0.0)).doubleValue();
        boolean passActive = Boolean.TRUE.equals(journey.get(RoamingVariables.PASS_ACTIVE));
        return switch (messageName) {
            case "Landed" -> happens(random, 0.8) ? Optional.of(new Reply(untilDeparture(journey).plus(within(random,
                    Duration.ofHours(8), Duration.ofHours(20))), MomentType.ROAMING_STARTED, Channel.APP,
                    Map.of(TripAhead.COUNTRY_FIELD, journey.get(RoamingVariables.ROAMING_COUNTRY)))) : Optional.empty();
            case "RoamingPassAnswered" -> "ROAMING_PASS".equals(journey.get(NextBestActionVariables.BEST_ACTION))
                    && journey.get(RoamingVariables.PASS_RESPONSE) == null && happens(random, 0.8)
                    ? Optional.of(new Reply(within(random, Duration.ofMinutes(20), Duration.ofDays(2)), MomentType.OFFER_ANSWERED,
                    Channel.valueOf(String.valueOf(journey.get(ChooseOutboundOffer.OFFER_CHANNEL))), Map.of("answer", happens(random, 0.75) ? "ACCEPTED" : "DECLINED", "journey", RoamingVariables.PROCESS_ID)))
                    : Optional.empty();
            case "RoamingSpendReported" -> !passActive && !Boolean.TRUE.equals(journey.get(RoamingVariables.SPEND_CAPPED))
                    && happens(random, 0.7)
                    ? Optional.of(new Reply(within(random, Duration.ofDays(1), Duration.ofDays(4)), MomentType.ROAMING_SPEND, Channel.APP,
                    Map.of(RoamingEvents.SPENT_FIELD, Math.round(spent + 8 + random.nextDouble(24))))) : Optional.empty();
            case "CameHome" -> !stayingAway.contains(String.valueOf(journey.get(JourneyStartVariables.CUSTOMER_ID)))
                    && happens(random, 0.95) ? Optional.of(new Reply(within(random, Duration.ofDays(5), Duration.ofDays(16)),
                    MomentType.ROAMING_ENDED, Channel.APP, Map.of())) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** From now to the start of the booked departure day. */
    private Duration untilDeparture(Map<String, Object> journey) {
        LocalDate departure = LocalDate.parse(String.valueOf(journey.get(RoamingVariables.DEPARTURE_ON)));
        Duration until = Duration.between(clock.instant(), departure.atStartOfDay(clock.getZone()).toInstant());
        return until.isNegative() ? Duration.ZERO : until;
    }

    private Moment trip(String customer, String country, boolean booked, int daysAhead) {
        Instant now = clock.instant();
        return booked
                ? new Moment("demo-history-roaming-" + customer, customer, MomentType.TRAVEL_BOOKED, Channel.WEB, now,
                        Map.of(TripAhead.COUNTRY_FIELD, country,
                                TripAhead.DEPARTURE_FIELD, LocalDate.ofInstant(now, clock.getZone()).plusDays(daysAhead).toString()))
                : new Moment("demo-history-roaming-" + customer, customer, MomentType.ROAMING_STARTED, Channel.APP, now,
                        Map.of(TripAhead.COUNTRY_FIELD, country));
    }

    private boolean isHeldOut(String customerId) {
        return holdout.isHeldOut(customerId, RoamingVariables.PROGRAM);
    }

    private boolean known(String customerId) {
        return customers.context(customerId).filter(context -> !context.subscriptions().isEmpty()).isPresent();
    }
}
