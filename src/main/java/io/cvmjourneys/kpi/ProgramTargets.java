package io.cvmjourneys.kpi;

import io.cvmjourneys.kpi.KpiProperties.Figure;
import io.cvmjourneys.kpi.ProgramFigures.Journey;
import io.cvmjourneys.kpi.ProgramReport.Rate;
import io.cvmjourneys.moments.Tnps;
import io.cvmjourneys.programs.ProgramKpi;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Each KPI of a program's definition against its target: the figure over the period, where the
 * straight line from the baseline to the target stands on the period's last day, and the figure
 * week by week — counted the way the KPI page counts the period, by the week the journeys began.
 */
@Component
class ProgramTargets {

    static final int WEEKS = 8;

    private final ProgramFigures figures;
    private final KpiProperties properties;

    ProgramTargets(ProgramFigures figures, KpiProperties properties) {
        this.figures = figures;
        this.properties = properties;
    }

    /**
     * @param value  the figure over the period, null while nothing counts towards it
     * @param outOf  how many journeys (or survey answers, for tNPS) it is made of
     * @param weeks  the last {@value #WEEKS} weeks to the period's end, oldest first
     */
    record Progress(ProgramKpi kpi, Double value, long outOf, BigDecimal expected, LocalDate judgedOn, List<Week> weeks) {

        /** Null without a target or a figure to judge. */
        public Boolean onTrack() {
            return !kpi.hasTarget() || value == null ? null : kpi.onTrack(value, judgedOn);
        }

        public String verdict() {
            if (!kpi.hasTarget()) {
                return "watched: no target set";
            }
            if (value == null) {
                return "no figure yet";
            }
            return onTrack() ? "on track" : "off track";
        }

        /** What the page's line chart draws: the weeks' figures and, with a target, the planned path. */
        Line line() {
            return new Line(kpi.measure(), isTnps() ? -100 : 0, weeks.stream().map(Week::value).toList(),
                    kpi.hasTarget() ? weeks.stream().map(Week::expected).toList() : List.of());
        }

        public boolean isTnps() {
            return kpi.measuresTnps();
        }
    }

    /** @param lowest where the measure's scale starts (0 % or a tNPS of −100); it ends at 100 */
    record Line(String name, int lowest, List<Double> values, List<BigDecimal> expected) {
    }

    /** @param expected where the line from baseline to target stands on the week's last day; null without a target */
    record Week(LocalDate monday, Double value, long outOf, BigDecimal expected) {
    }

    /** @param period the KPI page's period and channel, whose last day is {@code lastDay} */
    List<Progress> of(String program, List<ProgramKpi> kpis, Scope period, LocalDate lastDay, List<Rate> rates,
                      Tnps periodTnps, ZoneId zone) {
        LocalDate firstMonday = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        List<LocalDate> mondays = IntStream.range(0, WEEKS).mapToObj(firstMonday::plusWeeks).toList();
        Map<LocalDate, List<Journey>> journeysByWeek = kpis.stream().anyMatch(kpi -> !kpi.measuresTnps())
                ? figures.journeys(program, weekScope(firstMonday, lastDay, WEEKS, period, zone)).stream()
                .collect(Collectors.groupingBy(journey -> monday(journey, zone), TreeMap::new, Collectors.toList()))
                : Map.of();
        List<Tnps> tnpsByWeek = kpis.stream().anyMatch(ProgramKpi::measuresTnps)
                ? mondays.stream().map(monday -> figures.surveyAnswersByOutcome(program,
                weekScope(monday, lastDay, 1, period, zone)).values().stream().reduce(Tnps.NONE, Tnps::plus)).toList()
                : List.of();
        return kpis.stream().map(kpi -> {
            List<Week> weeks = IntStream.range(0, WEEKS).mapToObj(i -> {
                LocalDate monday = mondays.get(i);
                LocalDate lastOfWeek = monday.plusDays(6).isAfter(lastDay) ? lastDay : monday.plusDays(6);
                Measured week = kpi.measuresTnps() ? Measured.of(tnpsByWeek.get(i))
                        : Measured.of(figure(program, kpi.measure()).map(figure -> ProgramReports.rate(figure,
                        ProgramReports.endedByOutcome(journeysByWeek.getOrDefault(monday, List.of())))));
                return new Week(monday, week.value(), week.outOf(), kpi.hasTarget() ? kpi.expectedOn(lastOfWeek) : null);
            }).toList();
            Measured inPeriod = kpi.measuresTnps() ? Measured.of(periodTnps)
                    : Measured.of(rates.stream().filter(rate -> rate.name().equals(kpi.measure())).findFirst());
            return new Progress(kpi, inPeriod.value(), inPeriod.outOf(), kpi.hasTarget() ? kpi.expectedOn(lastDay) : null,
                    lastDay, weeks);
        }).toList();
    }

    /** A KPI's figure over some journeys and what it is made of: null while nothing counts towards it. */
    private record Measured(Double value, long outOf) {

        static Measured of(Tnps tnps) {
            return new Measured(tnps.answers() == 0 ? null : (double) tnps.score(), tnps.answers());
        }

        /** Empty when the program no longer computes the figure. */
        static Measured of(Optional<Rate> rate) {
            return new Measured(rate.map(Rate::percent).orElse(null), rate.map(Rate::outOf).orElse(0L));
        }
    }

    private Optional<Figure> figure(String program, String measure) {
        return properties.figuresOf(program).stream().filter(figure -> figure.name().equals(measure)).findFirst();
    }

    private static LocalDate monday(Journey journey, ZoneId zone) {
        return journey.started().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** {@code count} weeks from the Monday, cut at the period's last day, in the period's channel. */
    private static Scope weekScope(LocalDate monday, LocalDate lastDay, int count, Scope period, ZoneId zone) {
        LocalDate end = monday.plusWeeks(count).isAfter(lastDay.plusDays(1)) ? lastDay.plusDays(1) : monday.plusWeeks(count);
        return new Scope(monday.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(), period.channel());
    }
}
