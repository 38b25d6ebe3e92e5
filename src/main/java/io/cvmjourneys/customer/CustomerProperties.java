package io.cvmjourneys.customer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How much recent history the customer context carries.
 *
 * @param contactWindowDays   contacts of the last this many days (frequency caps look back at most this far)
 * @param complaintWindowDays complaints resolved within the last this many days, besides the open ones
 */
@Validated
@ConfigurationProperties("cvm.customer")
record CustomerProperties(@Positive @Max(366) Integer contactWindowDays, @Positive @Max(3660) Integer complaintWindowDays) {

    CustomerProperties {
        contactWindowDays = contactWindowDays == null ? 30 : contactWindowDays;
        complaintWindowDays = complaintWindowDays == null ? 90 : complaintWindowDays;
    }
}
