package io.cvmjourneys.journeys.renewal;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.customer.Contracts;
import io.cvmjourneys.customer.Contracts.ContractEnding;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the contract renewals of the demo's past. Contracts ending one to three months after
 * the day raise the moment, as the contract scan raises them (a third of them of mass-market
 * customers who take offers by e-mail); agents reach most valuable customers, and half of the
 * others answer the digital offer. The rest are told what their next bill holds; half of the
 * control group renew on their own in the app.
 */
@Component
@Profile("demo")
class RenewalHistory implements ProgramHistory {

    static final int JOURNEYS = 24;
    static final int CONTRACTS_LOOKED_AT = 60;
    static final int EARLIEST_END_DAYS = 30;
    static final int LATEST_END_DAYS = 90;
    /** One renewal in this many is a mass-market customer's who takes offers by e-mail: the digital offer's paths show. */
    static final int READS_OFFERS_BY_EMAIL = 3;

    private static final List<String> PHONE_ANSWERS = List.of("ACCEPTED", "DECLINED", "NO_ANSWER");

    private final Contracts contracts;
    private final CustomerDirectory customers;
    private final Clock clock;
    private int digitalOffers;
    private int heldOutWatched;

    RenewalHistory(Contracts contracts, CustomerDirectory customers, Clock clock) {
        this.contracts = contracts;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return RenewalVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        List<Instant> times = period.startTimes(JOURNEYS, Duration.ZERO, Duration.ZERO);
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            int pick = random.nextInt(CONTRACTS_LOOKED_AT);
            Predicate<String> fits = i % READS_OFFERS_BY_EMAIL == 0 ? this::readsOffersByEmail : customer -> true;
            starts.add(new PastStart(times.get(i), () -> contractEndingSoon(period, pick, fits)
                    .map(contract -> ContractEndApproaching.moment(contract, Channel.APP, clock.instant()))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        if (!"Task_OfferRenewalByPhone".equals(taskKey)) {
            return Optional.empty();
        }
        String answer = oneOf(random, PHONE_ANSWERS, 55, 25, 20);
        return Optional.of(TaskWork.after(teamDelay(random), Map.of(RenewalVariables.RENEWAL_RESPONSE, answer,
                "agentNote", switch (answer) {
                    case "ACCEPTED" -> "Happy with the new terms, renewed on the call";
                    case "DECLINED" -> "Wants to stay month to month for now";
                    default -> "Voicemail twice, no answer";
                })));
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        if ("RenewedOnTheirOwn".equals(messageName)) {
            // the first of the control group, and every other one after, renews on their own
            return heldOutWatched++ % 2 == 0 ? Optional.of(new Reply(within(random, Duration.ofDays(1), Duration.ofDays(30)),
                    MomentType.PRODUCT_PURCHASED, Channel.APP, Map.of("product", "A new 24-month contract, in the app",
                    "journey", RenewalVariables.PROCESS_ID))) : Optional.empty();
        }
        // the first digital offer of the period, and every other one after it, goes unanswered
        if (!"RenewalOfferAnswered".equals(messageName) || digitalOffers++ % 2 == 0) {
            return Optional.empty();
        }
        Channel channel = Channel.valueOf(String.valueOf(journey.getOrDefault(RenewalVariables.RENEWAL_CHANNEL, "EMAIL")));
        return Optional.of(new Reply(within(random, Duration.ofHours(2), Duration.ofDays(12)), MomentType.OFFER_ANSWERED,
                channel, Map.of("answer", happens(random, 0.6) ? "ACCEPTED" : "DECLINED", "journey", RenewalVariables.PROCESS_ID)));
    }

    /** One of the contracts ending one to three months from the day, of a customer who fits, free for the history. */
    private Optional<ContractEnding> contractEndingSoon(PastPeriod period, int pick, Predicate<String> fits) {
        LocalDate today = LocalDate.now(clock);
        List<ContractEnding> ending = contracts.contractsEndingBetween(today.plusDays(EARLIEST_END_DAYS), today.plusDays(LATEST_END_DAYS));
        return ending.stream().skip(ending.isEmpty() ? 0 : pick % Math.min(ending.size(), CONTRACTS_LOOKED_AT))
                .filter(contract -> fits.test(contract.customerId()) && period.claim(contract.customerId())).findFirst();
    }

    private boolean readsOffersByEmail(String customerId) {
        return customers.context(customerId).filter(context -> context.customer().segment() == Segment.MASS
                && context.hasConsent(ConsentPurpose.MARKETING, Channel.EMAIL)).isPresent();
    }
}
