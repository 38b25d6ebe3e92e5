package io.cvmjourneys.kpi;

import io.cvmjourneys.customer.CustomerComplaints.ComplaintRate;
import io.cvmjourneys.feedback.CustomerExperienceFigures;
import io.cvmjourneys.feedback.CustomerExperienceFigures.CauseInWeeks;
import io.cvmjourneys.feedback.CustomerExperienceFigures.RootCauseTrend;
import io.cvmjourneys.kpi.ProgramFigures.Churn;
import io.cvmjourneys.kpi.ProgramFigures.CustomersKept;
import io.cvmjourneys.kpi.ProgramFigures.RecordedCosts;
import io.cvmjourneys.kpi.ProgramReport.Rate;
import io.cvmjourneys.moments.Tnps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The management scorecard: every program over one period, in the terms top management asks about —
 * customers kept and what they are worth, revenue added, how customers felt, complaints, cost and ROI.
 */
@Service
class Scorecards {

    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    /** The root causes the scorecard names: the rest are on the CX dashboard. */
    static final int TOP_ROOT_CAUSES = 5;

    /** One program's line. {@code complaints} is null when no complaint was linked to the program in the period. */
    record ProgramLine(String program, long started, long ended, Rate success, CustomersKept kept, BigDecimal monthlyFeesAdded,
                       Tnps tnps, ComplaintRate complaints, ProgramReport.Roi roi, ProgramReport.Uplift uplift,
                       RecordedCase recorded) {
    }

    /**
     * The business case from what the journeys recorded, not typed in: the benefit is the lifetime value
     * of the customers kept and a year of the fees upgrades added; the cost is the discounts and credits
     * given, the agents' time on the journeys' tasks and the messages sent, at {@link KpiProperties.Costs}.
     */
    record RecordedCase(BigDecimal lifetimeValueKept, BigDecimal yearOfFeesAdded, BigDecimal discounts, BigDecimal credits,
                        double agentHours, BigDecimal agentCost, long messages, BigDecimal messageCost) {

        static final RecordedCase NONE = new RecordedCase(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, 0, BigDecimal.ZERO);

        public BigDecimal benefit() {
            return lifetimeValueKept.add(yearOfFeesAdded);
        }

        public BigDecimal cost() {
            return discounts.add(credits).add(agentCost).add(messageCost);
        }

        public Double roi() {
            return ProgramReport.roi(benefit(), cost());
        }

        RecordedCase plus(RecordedCase other) {
            return new RecordedCase(lifetimeValueKept.add(other.lifetimeValueKept), yearOfFeesAdded.add(other.yearOfFeesAdded),
                    discounts.add(other.discounts), credits.add(other.credits), agentHours + other.agentHours,
                    agentCost.add(other.agentCost), messages + other.messages, messageCost.add(other.messageCost));
        }
    }

    record Scorecard(LocalDate from, LocalDate to, Churn churn, CustomersKept kept, BigDecimal monthlyFeesAdded, Tnps tnps,
                     long complaints, long deliveries, BigDecimal benefit, BigDecimal cost, RecordedCase recorded,
                     List<ProgramLine> programs, List<ProgramFigures.ActionTnps> tnpsByAction, RootCauseTrend rootCauses) {

        public Double complaintsPerThousand() {
            return deliveries == 0 ? null : Math.round(10_000.0 * complaints / deliveries) / 10.0;
        }

        /** (benefit − cost) / cost over every program with a business case typed in; null while no cost is set. */
        public Double roi() {
            return ProgramReport.roi(benefit, cost);
        }
    }

    private final ProgramReports reports;
    private final ProgramFigures figures;
    private final CustomerExperienceFigures experience;
    private final KpiProperties properties;
    private final Clock clock;

    Scorecards(ProgramReports reports, ProgramFigures figures, CustomerExperienceFigures experience, KpiProperties properties,
               Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.experience = experience;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param to the period's last day, included */
    Scorecard of(LocalDate from, LocalDate to) {
        Scope scope = new Scope(from.atStartOfDay(clock.getZone()).toInstant(), to.plusDays(1).atStartOfDay(clock.getZone())
                .toInstant(), null);
        Map<String, Tnps> tnps = experience.tnpsByJourney(scope.from(), scope.to());
        Map<String, ComplaintRate> complaints = experience.complaintsPerProgram(scope.from(), scope.to()).stream()
                .collect(Collectors.toMap(ComplaintRate::subject, Function.identity()));
        List<ProgramLine> lines = reports.all(scope, clock.instant()).stream()
                .map(report -> line(report, scope, tnps, complaints)).toList();
        RootCauseTrend trend = experience.rootCauseTrend(from, to, clock.getZone());
        List<CauseInWeeks> top = trend.causes().stream().limit(TOP_ROOT_CAUSES).toList();
        return new Scorecard(from, to, figures.churn(from, to),
                new CustomersKept(sum(lines, line -> line.kept().customers()),
                        lines.stream().map(line -> line.kept().lifetimeValue()).reduce(BigDecimal.ZERO, BigDecimal::add)),
                lines.stream().map(ProgramLine::monthlyFeesAdded).reduce(BigDecimal.ZERO, BigDecimal::add),
                tnps.values().stream().reduce(Tnps.NONE, Tnps::plus),
                sum(lines, line -> line.complaints() == null ? 0 : line.complaints().complaints()),
                complaints.values().stream().mapToLong(ComplaintRate::deliveries).sum(),
                lines.stream().map(line -> line.roi().benefit()).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(line -> line.roi().cost()).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(ProgramLine::recorded).reduce(RecordedCase.NONE, RecordedCase::plus),
                lines, figures.tnpsByAction(scope), new RootCauseTrend(trend.weeks(), top));
    }

    private ProgramLine line(ProgramReport report, Scope scope, Map<String, Tnps> tnps, Map<String, ComplaintRate> complaints) {
        String program = report.program();
        KpiProperties.Program configured = properties.programOf(program);
        CustomersKept kept = configured.customersKept().isEmpty() ? new CustomersKept(0, BigDecimal.ZERO)
                : figures.customersKept(program, configured.customersKept(), scope);
        BigDecimal feesAdded = configured.upgradesTaken().isEmpty() ? BigDecimal.ZERO
                : figures.monthlyFeesAdded(program, configured.upgradesTaken(), scope);
        return new ProgramLine(program, report.started(), report.ended(), report.figures().isEmpty() ? null : report.figures().get(0),
                kept, feesAdded, tnps.getOrDefault(program, Tnps.NONE), complaints.get(program), report.roi(), report.uplift(),
                recorded(program, scope, kept, feesAdded));
    }

    private RecordedCase recorded(String program, Scope scope, CustomersKept kept, BigDecimal monthlyFeesAdded) {
        KpiProperties.Costs prices = properties.costs();
        RecordedCosts costs = figures.recordedCosts(program, scope, Duration.ofMinutes(prices.taskMinutesAtMost()).toMillis());
        double agentHours = costs.taskMillis() / MILLIS_PER_HOUR;
        BigDecimal messageCost = costs.messages().entrySet().stream()
                .map(sent -> prices.perMessage().getOrDefault(sent.getKey(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(sent.getValue())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RecordedCase(kept.lifetimeValue(), monthlyFeesAdded.multiply(MONTHS_A_YEAR), costs.discounts(), costs.credits(),
                Math.round(agentHours * 10) / 10.0, money(prices.agentHour().multiply(BigDecimal.valueOf(agentHours))),
                costs.messages().values().stream().mapToLong(Long::longValue).sum(), money(messageCost));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static long sum(List<ProgramLine> lines, ToLongFunction<ProgramLine> value) {
        return lines.stream().mapToLong(value).sum();
    }
}
