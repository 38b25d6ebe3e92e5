/**
 * Logistics: orders handed to a delivery partner and their tracking. Journeys use the
 * {@link io.cvmjourneys.logistics.Logistics} interface; {@link io.cvmjourneys.logistics.InProcessCarrier}
 * simulates a carrier in the application (a real partner's adapter replaces it).
 */
package io.cvmjourneys.logistics;
