package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.customer.Subscription;
import java.util.Set;

/** What the network reports, and whose service it touches: the customers with a line of these products in the area. */
enum IncidentKind {
    MOBILE_OUTAGE(Set.of(Subscription.MOBILE)),
    MOBILE_DEGRADATION(Set.of(Subscription.MOBILE)),
    BROADBAND_OUTAGE(Set.of(Subscription.BROADBAND)),
    BROADBAND_DEGRADATION(Set.of(Subscription.BROADBAND)),
    PLANNED_WORKS(Set.of(Subscription.MOBILE, Subscription.BROADBAND));

    private final Set<String> productTypes;

    IncidentKind(Set<String> productTypes) {
        this.productTypes = productTypes;
    }

    Set<String> productTypes() {
        return productTypes;
    }
}
