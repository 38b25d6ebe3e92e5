package io.cvmjourneys.journeys.renewal;

import io.cvmjourneys.customer.Contracts;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.Subscription;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A contract nearing its end starts the renewal journey: {@code data.subscriptionId} names the line
 * (optional: else the customer's contract that ends first). The contract must end between
 * {@value #MIN_DAYS_AHEAD} and {@value #MAX_DAYS_AHEAD} days after the moment: sooner leaves no time
 * to offer and answer, later is not yet a renewal. A prepaid line has no contract to renew.
 */
@Component
class ContractEndApproaching implements JourneyTrigger {

    static final String SUBSCRIPTION_FIELD = "subscriptionId";
    static final int MIN_DAYS_AHEAD = 7;
    static final int MAX_DAYS_AHEAD = 120;
    /** How long before the contract ends an unanswered offer counts as not taken, so the last bill notice still goes out in time. */
    static final int ANSWER_DAYS_BEFORE_END = 14;

    private final CustomerDirectory customers;
    private final Clock clock;

    ContractEndApproaching(CustomerDirectory customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return RenewalVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.CONTRACT_ENDING);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.of(SUBSCRIPTION_FIELD, "Line (subscription id, if the customer has several contracts)",
                MomentField.Kind.TEXT, false));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(RenewalVariables.SUBSCRIPTION_ID, RenewalVariables.PRODUCT_TYPE, RenewalVariables.CURRENT_PLAN,
                RenewalVariables.CURRENT_MONTHLY_FEE, RenewalVariables.CONTRACT_END, RenewalVariables.ANSWER_DEADLINE);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        LocalDate today = LocalDate.ofInstant(moment.occurredAt(), clock.getZone());
        Subscription contract = endingContract(moment, today);
        LocalDate deadline = latest(contract.contractEnd().minusDays(ANSWER_DAYS_BEFORE_END), today.plusDays(MIN_DAYS_AHEAD));
        return Map.of(RenewalVariables.SUBSCRIPTION_ID, contract.id(),
                RenewalVariables.PRODUCT_TYPE, contract.productType(),
                RenewalVariables.CURRENT_PLAN, contract.plan(),
                RenewalVariables.CURRENT_MONTHLY_FEE, contract.monthlyFee().doubleValue(),
                RenewalVariables.CONTRACT_END, contract.contractEnd().toString(),
                RenewalVariables.ANSWER_DEADLINE, Date.from(deadline.atStartOfDay(clock.getZone()).toInstant()));
    }

    /** The moment of one ending contract; the same contract always has the same event id, so it starts one journey. */
    static Moment moment(Contracts.ContractEnding contract, Channel channel, Instant at) {
        return new Moment("contract-ending:" + contract.customerId() + ":" + contract.subscriptionId() + ":" + contract.contractEnd(),
                contract.customerId(), MomentType.CONTRACT_ENDING, channel, at, Map.of(SUBSCRIPTION_FIELD, contract.subscriptionId()));
    }

    private Subscription endingContract(Moment moment, LocalDate today) {
        Object named = moment.data().get(SUBSCRIPTION_FIELD);
        if (named != null && !(named instanceof String)) {
            throw bad("data." + SUBSCRIPTION_FIELD + " must be a subscription id as text");
        }
        CustomerContext context = customers.context(moment.customerId())
                .orElseThrow(() -> bad("customer " + moment.customerId() + " is not known"));
        List<Subscription> contracts = context.subscriptions().stream()
                .filter(subscription -> named == null || subscription.id().equals(named))
                .toList();
        if (named != null && contracts.isEmpty()) {
            throw bad("customer " + moment.customerId() + " has no running subscription " + named);
        }
        LocalDate earliest = today.plusDays(MIN_DAYS_AHEAD);
        LocalDate latest = today.plusDays(MAX_DAYS_AHEAD);
        return contracts.stream()
                .filter(subscription -> subscription.contractEnd() != null)
                .filter(subscription -> !subscription.contractEnd().isBefore(earliest) && !subscription.contractEnd().isAfter(latest))
                .min(Comparator.comparing(Subscription::contractEnd))
                .orElseThrow(() -> bad((named == null ? "customer " + moment.customerId() + " has no contract" : "subscription " + named
                        + " has no contract") + " ending between " + earliest + " and " + latest));
    }

    private static LocalDate latest(LocalDate first, LocalDate second) {
        return first.isAfter(second) ? first : second;
    }

    private static ApiException bad(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message, "data." + SUBSCRIPTION_FIELD);
    }
}
