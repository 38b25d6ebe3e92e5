package io.cvmjourneys.journeys.movinghouse;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.Address;
import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.HomeMoves;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionVariables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the moves of the demo's past. Customers with a home connection move to the demo
 * network's streets (see io.cvmjourneys.network), most of them where we reach them; the agent books
 * the installation and offers an add-on; most engineers finish on the day, a few are late; those we
 * cannot serve take an alternative or leave; the period begins five months back, and its first
 * moves (of customers who take offers) go to an estate we cannot reach, so that those who left have
 * had their winback offer: one comes back, one declines, one does not answer, in turn.
 */
@Component
@Profile("demo")
class MovingHouseHistory implements ProgramHistory {

    static final int JOURNEYS = 24;
    /** Long enough for a move we cannot serve to reach its winback window (90 days after the move). */
    static final Duration PAST = Duration.ofDays(150);
    static final int FIRST_MOVES_OUT_OF_REACH = 4;
    static final int FIRST_VISITS_PER_MISSED_ONE = 6;
    /** Those who move out of reach take offers by some channel, so their winback offer can go out. */
    private static final Predicate<CustomerContext> OPEN_TO_OFFERS = context -> Stream.of(Channel.EMAIL, Channel.SMS, Channel.PUSH)
            .anyMatch(channel -> context.hasConsent(ConsentPurpose.MARKETING, channel));

    private static final List<Address> NEW_HOMES = List.of(
            new Address("Cutting Room Square", "12", "M4 6BF", "Manchester"),
            new Address("Cutting Room Square", "14", "M4 6BF", "Manchester"),
            new Address("Cardigan Road", "7", "LS6 3HN", "Leeds"),
            new Address("Cardigan Road", "9", "LS6 3HN", "Leeds"),
            new Address("Church Lane", "2", "OX7 5QH", "Chipping Norton"),
            new Address("Moor View", "1", "PL20 6SW", "Yelverton"),
            new Address("Station Road", "3", "EH30 9TF", "South Queensferry"));
    /** The last of {@link #NEW_HOMES}: a new-build estate the network does not reach at all. */
    private static final Address OUT_OF_REACH = NEW_HOMES.get(NEW_HOMES.size() - 1);
    private static final List<String> WINBACK_ANSWERS = List.of("ACCEPTED", "DECLINED", "NONE");
    private static final List<Address> OLD_HOMES = List.of(new Address("High Street", "1", "B1 1AA", "Birmingham"),
            new Address("Park Road", "22", "NG7 1AB", "Nottingham"), new Address("Mill Lane", "5", "BS1 4DJ", "Bristol"));
    private static final List<String> SLOTS = List.of("MORNING", "AFTERNOON", "EVENING");
    private static final LocalTime ENGINEERS_FINISH = LocalTime.of(11, 0);

    private final CustomerDirectory customers;
    private final HomeMoves homeMoves;
    private final Clock clock;
    private int winbackOffers;
    private int firstVisits;

    MovingHouseHistory(CustomerDirectory customers, HomeMoves homeMoves, Clock clock) {
        this.customers = customers;
        this.homeMoves = homeMoves;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return MovingHouseVariables.PROCESS_ID;
    }

    @Override
    public Duration past() {
        return PAST;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        List<Instant> times = period.startTimes(JOURNEYS, Duration.ZERO, Duration.ofDays(30));
        List<CustomerContext> moving = customers(period);
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < Math.min(times.size(), moving.size()); i++) {
            CustomerContext customer = moving.get(i);
            Address from = oneOf(random, OLD_HOMES, 1, 1, 1);
            Address to = i < FIRST_MOVES_OUT_OF_REACH ? OUT_OF_REACH : oneOf(random, NEW_HOMES, 5, 5, 3, 3, 2, 1, 1);
            int daysAhead = 5 + random.nextInt(20);
            starts.add(new PastStart(times.get(i), () -> Optional.of(move(customer, from, to, daysAhead))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        LocalDate today = LocalDate.now(clock);
        return switch (taskKey) {
            case "Task_ScheduleInstallation" -> {
                LocalDate moveDate = LocalDate.parse((String) journey.get(MovingHouseVariables.MOVE_DATE));
                LocalDate booked = moveDate.plusDays(random.nextInt(-1, 3));
                yield Optional.of(TaskWork.after(teamDelay(random), Map.of(
                        MovingHouseVariables.INSTALLATION_DATE, (booked.isAfter(today) ? booked : today.plusDays(1)).toString(),
                        MovingHouseVariables.INSTALLATION_SLOT, oneOf(random, SLOTS, 3, 2, 1),
                        MovingHouseVariables.CONTACT_ON_THE_DAY, "+44 7700 900" + (100 + random.nextInt(900)),
                        MovingHouseVariables.ADD_ON_ACCEPTED,
                        journey.get(NextBestActionVariables.BEST_ACTION) != null && happens(random, 0.3))));
            }
            case "Task_FollowUpDelayedInstallation" -> Optional.of(TaskWork.after(teamDelay(random), Map.of(
                    MovingHouseVariables.INSTALLATION_DATE, today.plusDays(1 + random.nextInt(4)).toString(),
                    MovingHouseVariables.FOLLOW_UP_NOTE, "Apologised; engineer rebooked for the first free slot")));
            case "Task_PresentAlternative" -> Optional.of(TaskWork.after(teamDelay(random), Map.of(
                    MovingHouseVariables.ALTERNATIVE_ACCEPTED,
                    journey.get(MovingHouseVariables.NEW_TECHNOLOGY) != null && happens(random, 0.6))));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        return switch (messageName) {
            case "InstallationCompleted" -> {
                // the rebooked visit always happens; one first visit in six does not
                boolean rebooked = journey.get(MovingHouseVariables.FOLLOW_UP_NOTE) != null;
                yield rebooked || ++firstVisits % FIRST_VISITS_PER_MISSED_ONE != 0 ? Optional.of(installed(journey, random))
                        : Optional.empty();
            }
            case "MoveSurveyAnswered" -> happens(random, 0.5) ? Optional.of(new Reply(
                    within(random, Duration.ofHours(2), Duration.ofDays(6)), MomentType.SURVEY_ANSWERED, Channel.EMAIL,
                    Map.of("score", oneOf(random, List.of(5, 7, 8, 9, 10), 1, 2, 3, 3, 2)))) : Optional.empty();
            case "MoveWinbackOfferAnswered" -> {
                // in turn: one comes back, one declines, one does not answer
                String answer = WINBACK_ANSWERS.get(winbackOffers++ % WINBACK_ANSWERS.size());
                yield answer.equals("NONE") ? Optional.empty() : Optional.of(new Reply(within(random, Duration.ofDays(1),
                        Duration.ofDays(10)), MomentType.OFFER_ANSWERED, Channel.WEB, Map.of("answer", answer)));
            }
            default -> Optional.empty();
        };
    }

    /** The engineer reports the connection live on the booked day, late morning or in the afternoon. */
    private Reply installed(Map<String, Object> journey, SplittableRandom random) {
        Instant finished = LocalDate.parse((String) journey.get(MovingHouseVariables.INSTALLATION_DATE))
                .atTime(ENGINEERS_FINISH).plusMinutes(random.nextInt(300)).atZone(clock.getZone()).toInstant();
        Duration after = Duration.between(clock.instant(), finished);
        return new Reply(after.isNegative() ? Duration.ZERO : after, MomentType.INSTALLATION_COMPLETED, Channel.WEB, Map.of());
    }

    /** The customer's billing address is on record (the billing system knows where they live), then they report the move. */
    private Moment move(CustomerContext customer, Address from, Address to, int daysAhead) {
        String customerId = customer.customerId();
        homeMoves.startBilling(customerId, from, customer.customer().customerSince(), "demo-billing-" + customerId);
        return new Moment("demo-history-move-" + customerId, customerId, MomentType.MOVE_REQUESTED, Channel.CALL_CENTER,
                clock.instant(), Map.of("newAddress", Map.of("street", to.street(), "houseNumber", to.houseNumber(),
                        "postcode", to.postcode(), "city", to.city()),
                        "moveDate", LocalDate.now(clock).plusDays(daysAhead).toString()));
    }

    /** Customers with a home connection, with us since before the period. */
    private List<CustomerContext> customers(PastPeriod period) {
        List<String> chosen = new ArrayList<>(period.customers(FIRST_MOVES_OUT_OF_REACH, id -> fits(id, period)
                && customers.context(id).filter(OPEN_TO_OFFERS).isPresent()));
        chosen.addAll(period.customers(JOURNEYS - chosen.size(), id -> fits(id, period)));
        return chosen.stream().map(id -> customers.context(id).orElseThrow()).toList();
    }

    private boolean fits(String customerId, PastPeriod period) {
        return customers.context(customerId).filter(context -> hasHomeConnection(context)
                && context.customer().customerSince().isBefore(period.firstDay())).isPresent();
    }

    private static boolean hasHomeConnection(CustomerContext context) {
        return context.subscriptions().stream().anyMatch(subscription -> HomeMoves.HOME_CONNECTION.equals(subscription.productType()));
    }
}
