package io.cvmjourneys.journeys.onboarding;

import io.cvmjourneys.customer.BillingCycle;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.Subscription;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A new contract signed (postpaid mobile or home broadband) or a new prepaid SIM activated starts
 * the customer's first 90 days. {@code data.subscriptionId} may name the new line; else the
 * customer's first line of their kind. The journey's days are counted from the moment: the check-in
 * on day {@value #CHECK_IN_DAY}, the look back on day {@value #ADOPTION_CHECK_DAY}, and for contracts
 * the first bill explained {@value #EXPLAIN_DAYS_BEFORE_BILL} days before it is issued (at once when
 * the bill is nearer than that).
 */
@Component
class CustomerJoined implements JourneyTrigger {

    static final String SUBSCRIPTION_FIELD = "subscriptionId";
    static final int CHECK_IN_DAY = 60;
    static final int ADOPTION_CHECK_DAY = 90;
    static final int EXPLAIN_DAYS_BEFORE_BILL = 3;

    private final CustomerDirectory customers;
    private final Clock clock;

    CustomerJoined(CustomerDirectory customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return OnboardingVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.CONTRACT_SIGNED, MomentType.SIM_ACTIVATED);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.of(SUBSCRIPTION_FIELD, "New line (subscription id, if the customer has several)",
                MomentField.Kind.TEXT, false));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(OnboardingVariables.SUBSCRIPTION_ID, OnboardingVariables.PLAN, OnboardingVariables.MONTHLY_FEE,
                OnboardingVariables.JOINED_ON, OnboardingVariables.CHECK_IN_AT, OnboardingVariables.ADOPTION_CHECK_AT,
                OnboardingVariables.USED_CALLS, OnboardingVariables.USED_DATA, OnboardingVariables.USED_APP,
                OnboardingVariables.TOPPED_UP);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        CustomerContext context = customers.context(moment.customerId())
                .orElseThrow(() -> bad("customer " + moment.customerId() + " is not known"));
        boolean prepaid = context.customer().type() == CustomerType.PREPAID;
        if (prepaid != (moment.type() == MomentType.SIM_ACTIVATED)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "customer " + moment.customerId() + " is " + (prepaid
                    ? "prepaid: a new prepaid SIM is a SIM_ACTIVATED moment" : "on contract: a new contract is a CONTRACT_SIGNED moment"),
                    "type");
        }
        Subscription line = newLine(moment, context);
        ZoneId zone = clock.getZone();
        LocalDate joined = LocalDate.ofInstant(moment.occurredAt(), zone);
        Map<String, Object> variables = new HashMap<>();
        variables.put(OnboardingVariables.SUBSCRIPTION_ID, line.id());
        variables.put(OnboardingVariables.PLAN, line.plan());
        variables.put(OnboardingVariables.MONTHLY_FEE, line.monthlyFee().doubleValue());
        variables.put(OnboardingVariables.JOINED_ON, joined.toString());
        variables.put(OnboardingVariables.CHECK_IN_AT, startOf(joined.plusDays(CHECK_IN_DAY), zone));
        variables.put(OnboardingVariables.ADOPTION_CHECK_AT, startOf(joined.plusDays(ADOPTION_CHECK_DAY), zone));
        for (ServiceUse use : ServiceUse.values()) {
            variables.put(use.flag, false);
        }
        if (!prepaid) {
            LocalDate firstBill = BillingCycle.nextBillDay(joined);
            BigDecimal startingDaysCharge = BillingCycle.startingDaysCharge(line.monthlyFee(), joined);
            variables.put(OnboardingVariables.FIRST_BILL_ON, firstBill.toString());
            variables.put(OnboardingVariables.STARTING_DAYS, BillingCycle.startingDays(joined));
            variables.put(OnboardingVariables.STARTING_DAYS_CHARGE, startingDaysCharge.doubleValue());
            variables.put(OnboardingVariables.FIRST_BILL_AMOUNT, startingDaysCharge.add(line.monthlyFee()).doubleValue());
            variables.put(OnboardingVariables.FIRST_BILL_EXPLAIN_AT, startOf(firstBill.minusDays(EXPLAIN_DAYS_BEFORE_BILL), zone));
        }
        return variables;
    }

    /** The line the moment names, else the customer's first line of their own kind (a home customer's connection). */
    private static Subscription newLine(Moment moment, CustomerContext context) {
        Object named = moment.data().get(SUBSCRIPTION_FIELD);
        if (named != null && !(named instanceof String)) {
            throw bad("data." + SUBSCRIPTION_FIELD + " must be a subscription id as text");
        }
        String kind = context.customer().type() == CustomerType.HOME ? Subscription.BROADBAND : Subscription.MOBILE;
        return context.subscriptions().stream()
                .filter(line -> named == null ? line.productType().equals(kind) : line.id().equals(named))
                .findFirst()
                .orElseThrow(() -> bad(named == null ? "customer " + moment.customerId() + " has no line yet"
                        : "customer " + moment.customerId() + " has no running subscription " + named));
    }

    private static Date startOf(LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    private static ApiException bad(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message, "data." + SUBSCRIPTION_FIELD);
    }
}
