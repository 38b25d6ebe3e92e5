package io.cvmjourneys.nba;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which customers form each program's control group. Membership is a pure function of customer
 * and program — no table, the same answer on every node and every day — so the NBA engine can hold
 * them out and the KPI dashboard can find them again. Changing a program's share moves customers
 * between the groups from then on.
 */
@Component
public class HoldoutGroups {

    private static final int BUCKETS = 10_000;

    private final Supplier<Map<String, Double>> shares;

    /** The shares of the levers in force at each question: a manager changes them at run time. */
    @Autowired
    HoldoutGroups(Levers levers) {
        this.shares = () -> levers.current().levers().holdout();
    }

    /** The shares of these policies, for good. */
    public HoldoutGroups(NbaPolicies policies) {
        Map<String, Double> fixed = policies.holdout();
        this.shares = () -> fixed;
    }

    /** The share of customers held out of the program's commercial actions, 0 when it has no control group. */
    public double share(String program) {
        return shares.get().getOrDefault(program, 0.0);
    }

    public boolean isHeldOut(String customerId, String program) {
        return isDrawn(customerId, program, share(program));
    }

    /**
     * Whether the customer falls in the share of the group (a program, a campaign) drawn for its
     * control: the same answer on every node and every day.
     */
    public static boolean isDrawn(String customerId, String group, double share) {
        return share > 0 && bucket(customerId, group) < share * BUCKETS;
    }

    // a group's own hash, so one customer is not in every group's control at once
    private static long bucket(String customerId, String group) {
        CRC32 hash = new CRC32();
        hash.update((group + '/' + customerId).getBytes(StandardCharsets.UTF_8));
        return hash.getValue() % BUCKETS;
    }
}
