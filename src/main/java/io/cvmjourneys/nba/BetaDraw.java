package io.cvmjourneys.nba;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A draw from a Beta distribution, seeded: the same seed gives the same draw on every node and in
 * every replay. A Beta draw is the ratio of two Gamma draws (Marsaglia and Tsang's method).
 */
final class BetaDraw {

    private BetaDraw() {
    }

    /** A seed that only depends on the words given: the same on every machine and JVM. */
    static long seed(String... words) {
        return UUID.nameUUIDFromBytes(String.join("/", words).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    static double draw(double alpha, double beta, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double x = gamma(alpha, random);
        double y = gamma(beta, random);
        return x + y == 0 ? alpha / (alpha + beta) : x / (x + y);
    }

    private static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            // the method needs shape ≥ 1: draw for shape + 1 and scale back
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
