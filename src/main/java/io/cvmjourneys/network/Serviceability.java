package io.cvmjourneys.network;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The technologies that reach a premises, fastest first. */
public record Serviceability(List<Offer> offers) {

    /** The network technologies the inventory knows. */
    public static final String FIBRE = "FIBRE";
    public static final String COPPER = "COPPER";
    public static final String FIXED_WIRELESS = "FIXED_WIRELESS";
    public static final String MOBILE_BROADBAND = "MOBILE_BROADBAND";
    /** How people call them, mid-sentence. */
    private static final Map<String, String> WORDS = Map.of(FIBRE, "fibre", COPPER, "copper broadband",
            FIXED_WIRELESS, "fixed wireless (5G home)", MOBILE_BROADBAND, "mobile broadband");

    /** One technology at the premises and its top download speed. */
    public record Offer(String technology, int maxDownMbps) {
    }

    public Serviceability {
        offers = List.copyOf(offers);
    }

    /** Every technology the inventory knows. */
    public static Set<String> technologies() {
        return WORDS.keySet();
    }

    public boolean offers(String technology) {
        return offers.stream().anyMatch(offer -> offer.technology().equals(technology));
    }

    /** For people: "fibre up to 900 Mbit/s, copper broadband up to 70 Mbit/s", or "nothing". */
    public String describe() {
        return offers.isEmpty() ? "nothing" : offers.stream()
                .map(offer -> WORDS.getOrDefault(offer.technology(), offer.technology()) + " up to "
                        + offer.maxDownMbps() + " Mbit/s")
                .collect(Collectors.joining(", "));
    }
}
