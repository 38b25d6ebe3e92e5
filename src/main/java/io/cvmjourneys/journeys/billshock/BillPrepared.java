package io.cvmjourneys.journeys.billshock;

import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The billing run prepared a contract customer's next bill, higher than the last, before it goes
 * out ({@code BILL_PREPARED}): {@code data.amount}, the bill in pounds, and {@code data.cause}, what
 * made it high ({@link BillCause}). Whether it would shock the customer is the journey's decision.
 * Prepaid customers get no bill.
 */
@Component
class BillPrepared implements JourneyTrigger {

    static final String AMOUNT_FIELD = "amount";
    static final String CAUSE_FIELD = "cause";
    static final double MAX_AMOUNT = 10_000;
    private static final List<String> CAUSES = Arrays.stream(BillCause.values()).map(Enum::name).toList();

    private final CustomerDirectory customers;

    BillPrepared(CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public String processId() {
        return BillShockVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.BILL_PREPARED);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.of(AMOUNT_FIELD, "Next bill (£)", MomentField.Kind.NUMBER, true),
                MomentField.choice(CAUSE_FIELD, "What made it high", true, CAUSES));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(BillShockVariables.BILL_AMOUNT, BillShockVariables.BILL_CAUSE, BillShockVariables.BILL_CAUSE_TEXT,
                BillShockVariables.BILL_PREPARED_AT);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        BillCause cause = BillCause.valueOf(MomentData.oneOf(moment, CAUSE_FIELD, CAUSES));
        double amount = amount(moment);
        CustomerType type = customers.context(moment.customerId()).map(context -> context.customer().type())
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "customer " + moment.customerId() + " is not known",
                        "customerId"));
        if (type == CustomerType.PREPAID) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "customer " + moment.customerId()
                    + " is prepaid and gets no bill", "customerId");
        }
        return Map.of(BillShockVariables.BILL_AMOUNT, amount,
                BillShockVariables.BILL_CAUSE, cause.name(),
                BillShockVariables.BILL_CAUSE_TEXT, cause.asCustomersReadIt(),
                BillShockVariables.BILL_PREPARED_AT, Date.from(moment.occurredAt()));
    }

    private static double amount(Moment moment) {
        Object given = moment.data().get(AMOUNT_FIELD);
        if (!(given instanceof Number amount) || !(amount.doubleValue() > 0) || amount.doubleValue() > MAX_AMOUNT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + AMOUNT_FIELD + " must be the prepared bill in pounds,"
                    + " above 0 and at most " + (int) MAX_AMOUNT, "data." + AMOUNT_FIELD);
        }
        return BigDecimal.valueOf(amount.doubleValue()).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
