package io.cvmjourneys.campaigns;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.customer.CustomerFilter;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The segment a campaign goes to, as the manager picks it; an empty list or a blank bound does not
 * filter. {@code consentedOnly}: only customers who agreed to the action's purpose through one of the
 * campaign's channels (the others would all be suppressed by the consent policy).
 */
public record Audience(List<Segment> segments, List<CustomerType> types, List<String> productLines, List<String> areas,
                       Integer minTenureMonths, Integer maxTenureMonths, BigDecimal minClv, BigDecimal maxClv,
                       String device, boolean consentedOnly) {

    public Audience {
        segments = sorted(segments);
        types = sorted(types);
        productLines = sorted(productLines);
        areas = sorted(areas == null ? null : areas.stream().map(area -> area.strip().toUpperCase()).filter(a -> !a.isEmpty()).toList());
        device = device == null || device.isBlank() ? null : device.strip();
    }

    /** Everyone who agreed to be contacted. */
    public static Audience everyone() {
        return new Audience(List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, true);
    }

    CustomerFilter filter(ConsentPurpose purpose, List<Channel> channels) {
        return new CustomerFilter(Set.copyOf(segments), Set.copyOf(types), Set.copyOf(productLines), Set.copyOf(areas),
                minTenureMonths, maxTenureMonths, minClv, maxClv, device, consentedOnly ? purpose : null, Set.copyOf(channels));
    }

    private static <T extends Comparable<T>> List<T> sorted(List<T> values) {
        return values == null ? List.of() : List.copyOf(new TreeSet<>(values.stream().filter(value -> value != null).toList()));
    }
}
