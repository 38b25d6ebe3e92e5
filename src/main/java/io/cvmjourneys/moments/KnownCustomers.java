package io.cvmjourneys.moments;

/**
 * Whether a customer exists, so the intake starts no journey for an id nobody knows. The customer
 * module answers it; the interface lives here so the intake does not depend on that module.
 */
public interface KnownCustomers {

    boolean exists(String customerId);
}
