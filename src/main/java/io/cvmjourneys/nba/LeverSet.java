package io.cvmjourneys.nba;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.customer.QuietWindow;
import java.time.LocalTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * The levers a CVM manager changes while the product runs, one version of them: how much each
 * program weighs in the ranking, the share of customers each program holds out as its control
 * group, how often outbound channels may reach a customer in 7 days (per channel and over all of
 * them), and the default quiet hours. A program or channel left out takes the neutral value: weight
 * 1, no control group, no cap.
 *
 * @param weeklyCapAllChannels contacts in 7 days over every outbound channel together; null: no cap
 */
public record LeverSet(Map<String, Double> programWeights, Map<String, Double> holdout, Map<Channel, Integer> weeklyCaps,
                       Integer weeklyCapAllChannels, LocalTime quietFrom, LocalTime quietUntil) {

    public LeverSet {
        programWeights = programWeights == null ? Map.of() : new TreeMap<>(programWeights);
        holdout = holdout == null ? Map.of() : new TreeMap<>(holdout);
        weeklyCaps = weeklyCaps == null ? Map.of() : new TreeMap<>(weeklyCaps);
    }

    /** The operator's quiet hours: every customer's who set none of their own. */
    public QuietWindow defaultQuietHours() {
        return new QuietWindow(quietFrom, quietUntil, "the default quiet hours");
    }

    /** The levers as the configuration ({@code cvm.nba.*}) sets them: what holds before any version. */
    public static LeverSet of(NbaPolicies configured) {
        NbaPolicies.Contact contact = configured.contact();
        return new LeverSet(configured.programWeights(), configured.holdout(), contact.weeklyCaps(),
                contact.weeklyCapAllChannels(), contact.quietFrom(), contact.quietUntil());
    }
}
