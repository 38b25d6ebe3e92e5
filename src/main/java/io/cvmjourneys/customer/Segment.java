package io.cvmjourneys.customer;

/** The value segment CVM managers target programs at. */
public enum Segment {
    MASS,
    HIGH_VALUE,
    VIP,
    SMALL_BUSINESS
}
