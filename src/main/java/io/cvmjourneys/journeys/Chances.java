package io.cvmjourneys.journeys;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Demo only: the odds the people of the demo's past act by (see {@link ProgramHistory}), drawn from a seeded random. */
public final class Chances {

    /** True with the given probability (0 to 1). */
    public static boolean happens(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A duration from {@code least} up to {@code most}, every minute as likely. */
    public static Duration within(SplittableRandom random, Duration least, Duration most) {
        return least.plusMinutes(random.nextLong(most.minus(least).toMinutes() + 1));
    }

    /** One of the values, each as likely as its weight says. */
    public static <T> T oneOf(SplittableRandom random, List<T> values, int... weights) {
        if (values.size() != weights.length) {
            throw new IllegalArgumentException(values.size() + " values but " + weights.length + " weights");
        }
        int draw = random.nextInt(IntStream.of(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("unreachable: the draw is below the sum of the weights");
    }

    /** How long a team member takes to get to a task: mostly within two hours, sometimes half a day, rarely longer. */
    public static Duration teamDelay(SplittableRandom random) {
        return oneOf(random, List.of(within(random, Duration.ofMinutes(10), Duration.ofHours(2)),
                within(random, Duration.ofHours(2), Duration.ofHours(6)),
                within(random, Duration.ofHours(6), Duration.ofHours(30))), 75, 18, 7);
    }

    private Chances() {
    }
}
