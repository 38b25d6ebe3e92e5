package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** A cancellation or port-out request starts the cancellation-winback journey, with the stated reason. */
@Component
class CancellationRequested implements JourneyTrigger {

    static final String REASON_FIELD = "reason";

    @Override
    public String processId() {
        return CancellationVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.CANCELLATION_REQUEST, MomentType.PORT_OUT_REQUEST);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.choice(REASON_FIELD, "Reason", false,
                Arrays.stream(CancellationReason.values()).map(CancellationReason::name).toList()));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(CancellationVariables.REASON);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        return Map.of(CancellationVariables.REASON, reason(moment.data().get(REASON_FIELD)).name());
    }

    private static CancellationReason reason(Object stated) {
        if (stated == null) {
            return CancellationReason.NOT_STATED;
        }
        return Arrays.stream(CancellationReason.values())
                .filter(reason -> reason.name().equals(stated))
                .findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "data.reason '" + stated + "' is not one of: "
                        + Arrays.toString(CancellationReason.values()), "data.reason"));
    }
}
