/**
 * The network inventory: which technologies, at which speeds, reach a premises. Journeys ask
 * {@link io.cvmjourneys.network.NetworkInventory}; the in-process implementation reads application
 * data and is where a real inventory system plugs in.
 */
package io.cvmjourneys.network;
