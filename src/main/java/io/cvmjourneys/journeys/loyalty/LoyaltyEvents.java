package io.cvmjourneys.journeys.loyalty;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the loyalty membership journey waits to hear, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class LoyaltyEvents {

    /** The member leaves the program, at any step of the membership. */
    @Bean
    JourneyEvent memberLeft() {
        return new JourneyEvent(LoyaltyVariables.PROCESS_ID, MomentType.LOYALTY_LEFT, "MemberLeft", moment -> Map.of());
    }
}
