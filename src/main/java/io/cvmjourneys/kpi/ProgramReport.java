package io.cvmjourneys.kpi;

import io.cvmjourneys.kpi.ProgramFigures.ActionAcceptance;
import io.cvmjourneys.kpi.ProgramFigures.TaskSla;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One program's figures over a scope, as the overview and the CSV export show them (the time per
 * step is read for the selected program only, see {@link ProgramReports#steps}).
 */
record ProgramReport(String program, long started, long running, Map<String, Long> endedByOutcome, List<Rate> figures,
                     List<ActionAcceptance> acceptance, List<TaskSla> sla, Roi roi, Uplift uplift) {

    public long ended() {
        return endedByOutcome.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Offers made: the notices the program had to give are not offers. */
    public long offered() {
        return acceptance.stream().filter(row -> !row.notice()).mapToLong(ActionAcceptance::offered).sum();
    }

    public long accepted() {
        return acceptance.stream().filter(row -> !row.notice()).mapToLong(ActionAcceptance::accepted).sum();
    }

    public long slaBreaches() {
        return sla.stream().mapToLong(TaskSla::breaches).sum();
    }

    /** (benefit − cost) / cost, to two decimals; null without a cost. */
    static Double roi(BigDecimal benefit, BigDecimal cost) {
        return cost.signum() == 0 ? null : Math.round(100.0 * benefit.subtract(cost).doubleValue() / cost.doubleValue()) / 100.0;
    }

    /** A share in percent, null when there is nothing to divide by. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    record Rate(String name, long count, long outOf) {
        public Double percent() {
            return ProgramReport.percent(count, outOf);
        }
    }

    record Step(String stepId, String name, int passes, double medianHours, double averageHours) {
    }

    /** ROI = (benefit − cost) / cost, from the manager's inputs; null while no cost is set. */
    record Roi(BigDecimal benefitPerSuccess, BigDecimal costPerJourney, long successes, long journeys) {
        public BigDecimal benefit() {
            return benefitPerSuccess.multiply(BigDecimal.valueOf(successes));
        }

        public BigDecimal cost() {
            return costPerJourney.multiply(BigDecimal.valueOf(journeys));
        }

        public Double roi() {
            return ProgramReport.roi(benefit(), cost());
        }
    }

    /** Success among ended journeys of customers who got the program's offers, against its holdout group. */
    record Uplift(double share, Rate treated, Rate control) {

        public Double points() {
            return difference().points();
        }

        /** An uplift whose interval holds 0 is not yet shown to be the program's doing. */
        public List<Double> interval() {
            return difference().interval();
        }

        public boolean significant() {
            return difference().significant();
        }

        private Difference difference() {
            return new Difference(treated, control);
        }
    }

    /** How far one rate lies from another, in percentage points, and whether that is more than chance. */
    record Difference(Rate rate, Rate against) {

        /** The normal quantile of a two-sided 95 % interval. */
        private static final double Z_95 = 1.96;

        public Double points() {
            return rate.percent() == null || against.percent() == null ? null
                    : Math.round(10.0 * (rate.percent() - against.percent())) / 10.0;
        }

        /**
         * The 95 % confidence interval of the difference in percentage points, [low, high]: the normal
         * approximation for a difference of two proportions (Wald), cut to −100…100. Null while a rate
         * counts nothing. With few cases it is wide, and says so.
         */
        public List<Double> interval() {
            if (rate.outOf() == 0 || against.outOf() == 0) {
                return null;
            }
            double p1 = (double) rate.count() / rate.outOf();
            double p2 = (double) against.count() / against.outOf();
            double margin = Z_95 * Math.sqrt(p1 * (1 - p1) / rate.outOf() + p2 * (1 - p2) / against.outOf());
            return List.of(points(100 * Math.max(-1, p1 - p2 - margin)), points(100 * Math.min(1, p1 - p2 + margin)));
        }

        /** Whether the interval lies wholly on one side of 0: the difference is unlikely to be chance. */
        public boolean significant() {
            List<Double> interval = interval();
            return interval != null && (interval.get(0) > 0 || interval.get(1) < 0);
        }

        private static double points(double value) {
            return Math.round(10.0 * value) / 10.0;
        }
    }
}
