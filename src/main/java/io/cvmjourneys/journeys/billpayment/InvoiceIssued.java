package io.cvmjourneys.journeys.billpayment;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.customer.CustomerCollections.OpenInvoice;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A new invoice ({@code data.invoiceId}, unpaid and not yet due) starts the bill-payment journey: the
 * payments program's stage before the due date. An invoice already overdue belongs to collection.
 */
@Component
class InvoiceIssued implements JourneyTrigger {

    static final String INVOICE_FIELD = "invoiceId";
    /** As long as cvm.invoice.id may be. */
    private static final int MAX_ID_LENGTH = 64;

    private final CustomerCollections collections;
    private final Clock clock;

    InvoiceIssued(CustomerCollections collections, Clock clock) {
        this.collections = collections;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return BillPaymentVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.INVOICE_ISSUED);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.of(INVOICE_FIELD, "Invoice (id)", MomentField.Kind.TEXT, true));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(BillPaymentVariables.INVOICE_ID);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        String invoiceId = MomentData.optionalText(moment, INVOICE_FIELD, MAX_ID_LENGTH);
        if (invoiceId == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data.invoiceId is required: the invoice's id", "data." + INVOICE_FIELD);
        }
        OpenInvoice invoice = collections.openInvoice(moment.customerId(), invoiceId)
                .orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Invoice " + invoiceId
                        + " is no unpaid invoice of customer " + moment.customerId() + ": there is nothing to remind of",
                        "data." + INVOICE_FIELD));
        if (invoice.dueOn().isBefore(LocalDate.now(clock))) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Invoice " + invoiceId + " was due on " + invoice.dueOn()
                    + ": an overdue invoice goes to collection (INVOICE_OVERDUE)", "data." + INVOICE_FIELD);
        }
        return Map.of(BillPaymentVariables.INVOICE_ID, invoiceId);
    }
}
