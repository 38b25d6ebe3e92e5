package io.cvmjourneys.network;

/** What the network can deliver at a premises. A real inventory system's adapter implements this. */
public interface NetworkInventory {

    /** The technologies available at the premises (none when the network does not reach it). */
    Serviceability serviceability(String postcode, String houseNumber);
}
