package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A lease nearing its end (the daily scan), an upgrade request from a store or the app, or a
 * reported malfunction starts the device-upgrade journey. Optional data: {@code subscriptionId}
 * (which line's device) and, for a malfunction, {@code fault} (what the customer reported).
 */
@Component
class DeviceUpgradeRequested implements JourneyTrigger {

    static final String SUBSCRIPTION_FIELD = "subscriptionId";
    static final String FAULT_FIELD = "fault";
    static final int MAX_FAULT = 500;

    @Override
    public String processId() {
        return DeviceUpgradeVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.DEVICE_LEASE_ENDING, MomentType.UPGRADE_REQUESTED, MomentType.DEVICE_MALFUNCTION);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.of(SUBSCRIPTION_FIELD, "Line (subscription id, if the customer has several)",
                        MomentField.Kind.TEXT, false),
                MomentField.of(FAULT_FIELD, "Fault the customer reports (malfunction only)", MomentField.Kind.LONG_TEXT, false));
    }

    /** The line and the fault are optional: a customer may have one line and no fault. */
    @Override
    public Set<String> requiredStartVariables() {
        return Set.of();
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DeviceUpgradeVariables.SUBSCRIPTION_ID, text(moment, SUBSCRIPTION_FIELD, 64));
        variables.put(DeviceUpgradeVariables.FAULT, text(moment, FAULT_FIELD, MAX_FAULT));
        return variables;
    }

    private static String text(Moment moment, String field, int maxLength) {
        Object value = moment.data().get(field);
        if (value != null && (!(value instanceof String given) || given.isBlank() || given.length() > maxLength)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + field + " must be text of at most " + maxLength
                    + " characters", "data." + field);
        }
        return (String) value;
    }
}
