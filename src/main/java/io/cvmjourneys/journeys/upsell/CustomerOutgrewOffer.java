package io.cvmjourneys.journeys.upsell;

import static io.cvmjourneys.customer.Subscription.BROADBAND;
import static io.cvmjourneys.customer.Subscription.MOBILE;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.Subscription;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The signs that a customer has outgrown what they have start the up-sell and cross-sell journey:
 * a postpaid allowance used up, a prepaid package used up early or expired, a prepaid balance run out,
 * an add-on activated, a change in the home network. Each sign concerns one kind of line and, where
 * it says more, names what happened ({@code data.allowance}, {@code data.addon}, {@code data.change});
 * {@code data.subscriptionId} may name the line, else the customer's first line of that kind.
 */
@Component
class CustomerOutgrewOffer implements JourneyTrigger {

    static final String SUBSCRIPTION_FIELD = "subscriptionId";
    static final String ALLOWANCE_FIELD = "allowance";
    static final String ADDON_FIELD = "addon";
    static final String CHANGE_FIELD = "change";
    static final List<String> ALLOWANCES = List.of("DATA", "VOICE", "SMS");
    static final List<String> ADDONS = List.of("WEARABLE_ESIM", "TABLET_ESIM", "CAR_ESIM", "INTERNATIONAL_CALLS");
    static final List<String> HOME_CHANGES = List.of("DEVICES_ADDED", "SMART_TV_CONNECTED", "VIDEO_BUFFERING");

    /** Which customers and lines a sign can concern, and the detail it must name (if any). */
    enum Sign {
        ALLOWANCE_EXCEEDED(MomentType.ALLOWANCE_EXCEEDED, MOBILE, false, ALLOWANCE_FIELD, ALLOWANCES),
        PACKAGE_RAN_OUT_EARLY(MomentType.PACKAGE_RAN_OUT_EARLY, MOBILE, true, ALLOWANCE_FIELD, ALLOWANCES),
        PACKAGE_EXPIRED(MomentType.PACKAGE_EXPIRED, MOBILE, true, null, List.of()),
        BALANCE_RAN_OUT(MomentType.BALANCE_RAN_OUT, MOBILE, true, null, List.of()),
        ADDON_ACTIVATED(MomentType.ADDON_ACTIVATED, MOBILE, false, ADDON_FIELD, ADDONS),
        HOME_DEVICE_CHANGED(MomentType.HOME_DEVICE_CHANGED, BROADBAND, false, CHANGE_FIELD, HOME_CHANGES);

        final MomentType type;
        final String productType;
        final boolean prepaid;
        final String detailField;
        final List<String> details;

        Sign(MomentType type, String productType, boolean prepaid, String detailField, List<String> details) {
            this.type = type;
            this.productType = productType;
            this.prepaid = prepaid;
            this.detailField = detailField;
            this.details = details;
        }

        static Sign of(MomentType type) {
            return Arrays.stream(values()).filter(sign -> sign.type == type).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(type + " is no sign of an outgrown offer"));
        }

        boolean concerns(Subscription line, CustomerType customerType) {
            return line.productType().equals(productType) && (customerType == CustomerType.PREPAID) == prepaid;
        }

        String lineWords() {
            return prepaid ? "prepaid mobile line" : productType.equals(MOBILE) ? "contract mobile line" : "home broadband line";
        }
    }

    private final CustomerDirectory customers;
    private final MessageSource words;

    CustomerOutgrewOffer(CustomerDirectory customers, MessageSource words) {
        this.customers = customers;
        this.words = words;
    }

    @Override
    public String processId() {
        return UpsellVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Arrays.stream(Sign.values()).map(sign -> sign.type).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        Sign sign = Sign.of(type);
        List<MomentField> fields = new ArrayList<>();
        if (sign.detailField != null) {
            fields.add(MomentField.choice(sign.detailField, words.getMessage("field." + sign.detailField, null, Locale.ENGLISH),
                    true, sign.details));
        }
        fields.add(MomentField.of(SUBSCRIPTION_FIELD, "Line (subscription id, if the customer has several)",
                MomentField.Kind.TEXT, false));
        return fields;
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(UpsellVariables.SUBSCRIPTION_ID, UpsellVariables.PRODUCT_TYPE, UpsellVariables.CURRENT_PLAN,
                UpsellVariables.CURRENT_MONTHLY_FEE, UpsellVariables.UPGRADE_SIGNAL);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        Sign sign = Sign.of(moment.type());
        String detail = detail(moment, sign);
        Subscription line = line(moment, sign);
        return Map.of(UpsellVariables.SUBSCRIPTION_ID, line.id(),
                UpsellVariables.PRODUCT_TYPE, line.productType(),
                UpsellVariables.CURRENT_PLAN, line.plan(),
                UpsellVariables.CURRENT_MONTHLY_FEE, line.monthlyFee().doubleValue(),
                UpsellVariables.UPGRADE_SIGNAL, words.getMessage("sign." + sign.type, new Object[] {line.plan(),
                        detail == null ? "" : words.getMessage(sign.detailField + "." + detail, null, Locale.ENGLISH)},
                        Locale.ENGLISH));
    }

    private static String detail(Moment moment, Sign sign) {
        return sign.detailField == null ? null : MomentData.oneOf(moment, sign.detailField, sign.details);
    }

    private Subscription line(Moment moment, Sign sign) {
        Object named = moment.data().get(SUBSCRIPTION_FIELD);
        if (named != null && !(named instanceof String)) {
            throw badLine("data." + SUBSCRIPTION_FIELD + " must be a subscription id as text");
        }
        CustomerContext context = customers.context(moment.customerId())
                .orElseThrow(() -> badLine("customer " + moment.customerId() + " is not known"));
        CustomerType customerType = context.customer().type();
        Optional<Subscription> line = context.subscriptions().stream()
                .filter(subscription -> named == null || subscription.id().equals(named))
                .filter(subscription -> sign.concerns(subscription, customerType))
                .findFirst();
        if (line.isPresent()) {
            return line.get();
        }
        if (named != null && context.subscriptions().stream().noneMatch(subscription -> subscription.id().equals(named))) {
            throw badLine("customer " + moment.customerId() + " has no running subscription " + named);
        }
        throw badLine(sign.type + " concerns a " + sign.lineWords() + "; " + (named == null ? "customer "
                + moment.customerId() + " has none" : "subscription " + named + " is not one"));
    }

    private static ApiException badLine(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message, "data." + SUBSCRIPTION_FIELD);
    }
}
