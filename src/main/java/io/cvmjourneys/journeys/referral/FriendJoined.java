package io.cvmjourneys.journeys.referral;

import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.referrals.Referral;
import io.cvmjourneys.referrals.Referrals;
import io.cvmjourneys.web.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A friend joined with a customer's referral code ({@code REFERRED_FRIEND_JOINED}, from the order
 * that activated their line or connection): {@code data.code} is the code, {@code data.deviceId} the
 * handset the line was activated in, when the order knows it. A code nobody has is refused (400); a
 * customer who joined with a code before is refused (409): a friend is referred, and rewarded, once.
 */
@Component
class FriendJoined implements JourneyTrigger {

    static final String CODE_FIELD = "code";
    static final String DEVICE_FIELD = "deviceId";
    private static final int MAX_CODE = 20;
    private static final int MAX_DEVICE_ID = 64;

    private final Referrals referrals;

    FriendJoined(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public String processId() {
        return ReferralVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.REFERRED_FRIEND_JOINED);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.of(CODE_FIELD, "Referral code the friend joined with", MomentField.Kind.TEXT, true),
                MomentField.of(DEVICE_FIELD, "Handset the line was activated in (IMEI)", MomentField.Kind.TEXT, false));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(ReferralVariables.REFERRAL_CODE);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        String code = MomentData.optionalText(moment, CODE_FIELD, MAX_CODE);
        if (code == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + CODE_FIELD + " must name the referral code the friend"
                    + " joined with", "data." + CODE_FIELD);
        }
        String normalised = code.toUpperCase(Locale.ROOT);
        if (referrals.ownerOf(normalised).isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "No customer has the referral code '" + normalised + "'",
                    "data." + CODE_FIELD);
        }
        referrals.referral(moment.customerId()).ifPresent(made -> {
            throw alreadyReferred(moment.customerId(), made);
        });
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReferralVariables.REFERRAL_CODE, normalised);
        variables.put(ReferralVariables.DEVICE_ID, MomentData.optionalText(moment, DEVICE_FIELD, MAX_DEVICE_ID));
        return variables;
    }

    private static ApiException alreadyReferred(String customerId, Referral made) {
        return new ApiException(HttpStatus.CONFLICT, "Customer " + customerId + " joined with referral code " + made.code()
                + " before: a friend is referred once", "customerId");
    }
}
