package io.cvmjourneys.network;

import java.util.List;
import java.util.stream.Collectors;

/** The technologies that reach a premises, fastest first. */
public record Serviceability(List<Offer> offers) {

    /** The network technologies the inventory knows. */
    public static final String FIBRE = "FIBRE";
    public static final String COPPER = "COPPER";
    public static final String FIXED_WIRELESS = "FIXED_WIRELESS";
    public static final String MOBILE_BROADBAND = "MOBILE_BROADBAND";

    /** One technology at the premises and its top download speed. */
    public record Offer(String technology, int maxDownMbps) {
    }

    public Serviceability {
        offers = List.copyOf(offers);
    }

    public boolean offers(String technology) {
        return offers.stream().anyMatch(offer -> offer.technology().equals(technology));
    }

    /** For people: "FIBRE up to 900 Mbit/s, COPPER up to 70 Mbit/s", or "nothing". */
    public String describe() {
        return offers.isEmpty() ? "nothing" : offers.stream()
                .map(offer -> offer.technology() + " up to " + offer.maxDownMbps() + " Mbit/s")
                .collect(Collectors.joining(", "));
    }
}
