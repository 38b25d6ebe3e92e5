package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Which customers of the base a selection takes; an empty set or a null bound does not filter.
 *
 * @param productLines     products the customer has running ({@link Subscription#MOBILE}, {@link Subscription#BROADBAND})
 * @param areas            postcode areas the customer lives in
 * @param device           part of the name of a device the customer has on a line (any case), e.g. "iPhone"
 * @param consentPurpose   with {@code consentChannels}: only customers who agreed to this purpose through
 *                         at least one of the channels; null takes consent as it comes
 */
public record CustomerFilter(Set<Segment> segments, Set<CustomerType> types, Set<String> productLines, Set<String> areas,
                             Integer minTenureMonths, Integer maxTenureMonths, BigDecimal minClv, BigDecimal maxClv,
                             String device, ConsentPurpose consentPurpose, Set<Channel> consentChannels) {

    public CustomerFilter {
        segments = segments == null ? Set.of() : Set.copyOf(segments);
        types = types == null ? Set.of() : Set.copyOf(types);
        productLines = productLines == null ? Set.of() : Set.copyOf(productLines);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        device = device == null || device.isBlank() ? null : device.strip();
        consentChannels = consentChannels == null ? Set.of() : Set.copyOf(consentChannels);
    }
}
