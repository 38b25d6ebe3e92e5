package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A product the customer has: a mobile line or a home connection, with its contract and device lease. */
public record Subscription(String id, String productType, String plan, String technology, BigDecimal monthlyFee,
                           LocalDate contractEnd, String deviceModel, LocalDate deviceLeaseEnd) {

    /** The product types: a mobile line (prepaid or on contract) and a home broadband connection. */
    public static final String MOBILE = "MOBILE";
    public static final String BROADBAND = "BROADBAND";
}
