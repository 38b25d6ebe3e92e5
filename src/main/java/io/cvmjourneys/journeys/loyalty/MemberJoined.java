package io.cvmjourneys.journeys.loyalty;

import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Joining the loyalty program ({@code LOYALTY_JOINED}, in the app, a store or with the call center) starts the membership journey. */
@Component
class MemberJoined implements JourneyTrigger {

    @Override
    public String processId() {
        return LoyaltyVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.LOYALTY_JOINED);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        return Map.of();
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of();
    }
}
