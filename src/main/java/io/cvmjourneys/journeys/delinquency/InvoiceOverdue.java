package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** An overdue invoice ({@code data.invoiceId}, one the customer has not paid) starts the delinquency-management journey. */
@Component
class InvoiceOverdue implements JourneyTrigger {

    static final String INVOICE_FIELD = "invoiceId";

    private final CustomerCollections collections;

    InvoiceOverdue(CustomerCollections collections) {
        this.collections = collections;
    }

    @Override
    public String processId() {
        return DelinquencyVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.INVOICE_OVERDUE);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.of(INVOICE_FIELD, "Overdue invoice (id)", MomentField.Kind.TEXT, true));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(DelinquencyVariables.INVOICE_ID);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        if (!(moment.data().get(INVOICE_FIELD) instanceof String invoiceId) || invoiceId.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data.invoiceId is required: the overdue invoice's id", "data.invoiceId");
        }
        if (collections.openInvoice(moment.customerId(), invoiceId).isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Invoice " + invoiceId + " is no unpaid invoice of customer "
                    + moment.customerId() + ": nothing to collect", "data.invoiceId");
        }
        return Map.of(DelinquencyVariables.INVOICE_ID, invoiceId);
    }
}
