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

    public long offered() {
        return acceptance.stream().mapToLong(ActionAcceptance::offered).sum();
    }

    public long accepted() {
        return acceptance.stream().mapToLong(ActionAcceptance::accepted).sum();
    }

    public long slaBreaches() {
        return sla.stream().mapToLong(TaskSla::breaches).sum();
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
            return cost().signum() == 0 ? null
                    : Math.round(100.0 * benefit().subtract(cost()).doubleValue() / cost().doubleValue()) / 100.0;
        }
    }

    /** Success among ended journeys of customers who got the program's offers, against its holdout group. */
    record Uplift(double share, Rate treated, Rate control) {
        public Double points() {
            return treated.percent() == null || control.percent() == null ? null
                    : Math.round(10.0 * (treated.percent() - control.percent())) / 10.0;
        }
    }
}
