package io.cvmjourneys.journeys.renewal;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.Contracts;
import io.cvmjourneys.customer.Contracts.ContractEnding;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the contract renewals of the demo's past. Contracts ending one to three months after
 * the day raise the moment, as the contract scan raises them; agents reach most valuable customers, and
 * about half of the others answer the digital offer. The rest are told what their next bill holds;
 * some of the control group renew on their own in the app.
 */
@Component
@Profile("demo")
class RenewalHistory implements ProgramHistory {

    static final int JOURNEYS = 24;
    static final int CONTRACTS_LOOKED_AT = 60;
    static final int EARLIEST_END_DAYS = 30;
    static final int LATEST_END_DAYS = 90;

    private static final List<String> PHONE_ANSWERS = List.of("ACCEPTED", "DECLINED", "NO_ANSWER");

    private final Contracts contracts;
    private final Clock clock;

    RenewalHistory(Contracts contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return RenewalVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        return period.startTimes(JOURNEYS, Duration.ZERO, Duration.ZERO).stream()
                .map(at -> {
                    int pick = random.nextInt(CONTRACTS_LOOKED_AT);
                    return new PastStart(at, () -> contractEndingSoon(period, pick)
                            .map(contract -> ContractEndApproaching.moment(contract, Channel.APP, clock.instant())));
                })
                .toList();
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
            return happens(random, 0.4) ? Optional.of(new Reply(within(random, Duration.ofDays(1), Duration.ofDays(30)),
                    MomentType.PRODUCT_PURCHASED, Channel.APP, Map.of("product", "A new 24-month contract, in the app",
                    "journey", RenewalVariables.PROCESS_ID))) : Optional.empty();
        }
        if (!"RenewalOfferAnswered".equals(messageName) || !happens(random, 0.5)) {
            return Optional.empty();
        }
        Channel channel = Channel.valueOf(String.valueOf(journey.getOrDefault(RenewalVariables.RENEWAL_CHANNEL, "EMAIL")));
        return Optional.of(new Reply(within(random, Duration.ofHours(2), Duration.ofDays(12)), MomentType.OFFER_ANSWERED,
                channel, Map.of("answer", happens(random, 0.6) ? "ACCEPTED" : "DECLINED", "journey", RenewalVariables.PROCESS_ID)));
    }

    /** One of the contracts ending one to three months from the day, of a customer free for the history. */
    private Optional<ContractEnding> contractEndingSoon(PastPeriod period, int pick) {
        LocalDate today = LocalDate.now(clock);
        List<ContractEnding> ending = contracts.contractsEndingBetween(today.plusDays(EARLIEST_END_DAYS), today.plusDays(LATEST_END_DAYS));
        return ending.stream().skip(ending.isEmpty() ? 0 : pick % Math.min(ending.size(), CONTRACTS_LOOKED_AT))
                .filter(contract -> period.claim(contract.customerId())).findFirst();
    }
}
