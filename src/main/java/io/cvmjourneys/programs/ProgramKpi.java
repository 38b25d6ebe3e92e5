package io.cvmjourneys.programs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A KPI the program answers for: a measure the KPI dashboard computes and, once the manager commits
 * to it, where it stood ({@code baseline} on {@code baselineOn}) and where it must be ({@code target}
 * by {@code targetBy}). Without them the KPI is watched, not yet a target.
 *
 * @param measure a figure of the program's KPI page ("Save rate") or {@value #TNPS}
 */
public record ProgramKpi(String measure, BigDecimal baseline, LocalDate baselineOn, BigDecimal target, LocalDate targetBy) {

    /** The transactional NPS of the program's journeys, from −100 to 100; every other measure is a percentage. */
    public static final String TNPS = "tNPS";

    public ProgramKpi {
        baseline = plain(baseline);
        target = plain(target);
    }

    /** tNPS runs from −100 to 100; every other measure is a percentage. */
    public boolean measuresTnps() {
        return TNPS.equals(measure);
    }

    public boolean hasTarget() {
        return target != null;
    }

    /** Whether a lower figure is the better one ("Left in the first 90 days from 9 % to 6 %"). */
    public boolean lowerIsBetter() {
        return hasTarget() && target.compareTo(baseline) < 0;
    }

    /**
     * Where the KPI should stand on the day if it moves from the baseline to the target in a straight
     * line: the baseline before its day, the target from the target's date on.
     */
    public BigDecimal expectedOn(LocalDate day) {
        if (!hasTarget() || !day.isAfter(baselineOn)) {
            return baseline == null ? null : baseline.setScale(1, RoundingMode.HALF_UP);
        }
        if (!day.isBefore(targetBy)) {
            return target.setScale(1, RoundingMode.HALF_UP);
        }
        BigDecimal travelled = BigDecimal.valueOf(ChronoUnit.DAYS.between(baselineOn, day))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(baselineOn, targetBy)), 6, RoundingMode.HALF_UP);
        return baseline.add(target.subtract(baseline).multiply(travelled)).setScale(1, RoundingMode.HALF_UP);
    }

    /** 18.50 as 18.5 and 50.00 as 50, as a manager writes them. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether the figure is at or past where the straight line says it should be on the day. */
    public boolean onTrack(double figure, LocalDate day) {
        double expected = expectedOn(day).doubleValue();
        return lowerIsBetter() ? figure <= expected : figure >= expected;
    }
}
