package io.cvmjourneys.kpi;

import io.cvmjourneys.kpi.BusinessCases.BusinessCase;
import io.cvmjourneys.kpi.KpiProperties.Figure;
import io.cvmjourneys.kpi.ProgramFigures.Journey;
import io.cvmjourneys.kpi.ProgramFigures.StepDurations;
import io.cvmjourneys.kpi.ProgramReport.Rate;
import io.cvmjourneys.kpi.ProgramReport.Roi;
import io.cvmjourneys.kpi.ProgramReport.Step;
import io.cvmjourneys.kpi.ProgramReport.Uplift;
import io.cvmjourneys.moments.Tnps;
import io.cvmjourneys.nba.HoldoutGroups;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Turns the reporting reads into each program's report: outcomes, figures, ROI and uplift. */
@Service
class ProgramReports {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final ProgramFigures figures;
    private final BusinessCases businessCases;
    private final KpiProperties properties;
    private final HoldoutGroups holdout;

    ProgramReports(ProgramFigures figures, BusinessCases businessCases, KpiProperties properties, HoldoutGroups holdout) {
        this.figures = figures;
        this.businessCases = businessCases;
        this.properties = properties;
        this.holdout = holdout;
    }

    List<String> programs() {
        return figures.programs();
    }

    List<ProgramReport> all(Scope scope, Instant now) {
        Map<String, BusinessCase> cases = businessCases.all();
        return programs().stream().map(program -> report(program, scope, now, cases)).toList();
    }

    /** One program's report, e.g. for its review. */
    ProgramReport of(String program, Scope scope, Instant now) {
        return report(program, scope, now, businessCases.all());
    }

    /** How long the program's journeys waited in each step: every activity of the period, so only for the program shown. */
    List<Step> steps(String program, Scope scope) {
        return figures.stepDurations(program, scope).stream().map(ProgramReports::step).toList();
    }

    /** How the customers of the program's journeys rated them, by how each journey ended: only for the program shown. */
    Map<String, Tnps> surveyAnswers(String program, Scope scope) {
        return figures.surveyAnswersByOutcome(program, scope);
    }

    private ProgramReport report(String program, Scope scope, Instant now, Map<String, BusinessCase> cases) {
        List<Journey> journeys = figures.journeys(program, scope);
        Map<String, Long> endedByOutcome = endedByOutcome(journeys);
        List<Figure> configured = properties.figuresOf(program);
        List<Rate> rates = configured.stream().map(figure -> rate(figure, endedByOutcome)).toList();
        Predicate<Journey> success = configured.isEmpty() ? journey -> false
                : journey -> journey.outcome() != null && configured.get(0).outcomes().contains(journey.outcome());
        BusinessCase businessCase = cases.getOrDefault(program, BusinessCase.NOT_SET);
        Roi roi = new Roi(businessCase.benefitPerSuccess(), businessCase.costPerJourney(),
                journeys.stream().filter(success).count(), journeys.size());
        long running = journeys.stream().filter(journey -> journey.ended() == null).count();
        return new ProgramReport(program, journeys.size(), running, endedByOutcome, rates, figures.acceptance(program, scope),
                figures.slaBreaches(program, scope, now), roi, uplift(program, journeys, configured));
    }

    /** The ended journeys by outcome, in alphabetical order. */
    static Map<String, Long> endedByOutcome(List<Journey> journeys) {
        return journeys.stream().filter(journey -> journey.ended() != null)
                .collect(Collectors.groupingBy(journey -> journey.outcome() == null ? "NO_OUTCOME" : journey.outcome(),
                        TreeMap::new, Collectors.counting()));
    }

    static Rate rate(Figure figure, Map<String, Long> endedByOutcome) {
        long count = figure.outcomes().stream().mapToLong(outcome -> endedByOutcome.getOrDefault(outcome, 0L)).sum();
        long outOf = figure.outOf().isEmpty() ? endedByOutcome.values().stream().mapToLong(Long::longValue).sum()
                : figure.outOf().stream().mapToLong(outcome -> endedByOutcome.getOrDefault(outcome, 0L)).sum();
        return new Rate(figure.name(), count, outOf);
    }

    private Uplift uplift(String program, List<Journey> journeys, List<Figure> configured) {
        double share = holdout.share(program);
        if (share == 0 || configured.isEmpty()) {
            return null;
        }
        return uplift(share, journeys, journey -> holdout.isHeldOut(journey.customerId(), program), configured.get(0));
    }

    /**
     * Intent to treat: every ended journey of a customer not held out counts, whether an offer reached
     * the customer or not, against the journeys of held-out customers — among the journeys the success
     * figure counts (those judged at risk, the trips taken), so both groups are the same population.
     */
    static Uplift uplift(double share, List<Journey> journeys, Predicate<Journey> heldOut, Figure success) {
        List<Journey> counted = journeys.stream().filter(journey -> journey.ended() != null)
                .filter(journey -> success.outOf().isEmpty()
                        || journey.outcome() != null && success.outOf().contains(journey.outcome())).toList();
        Predicate<Journey> succeeded = journey -> journey.outcome() != null && success.outcomes().contains(journey.outcome());
        return new Uplift(share, successAmong(counted, heldOut.negate(), succeeded, "Not held out"),
                successAmong(counted, heldOut, succeeded, "Held out"));
    }

    private static Rate successAmong(List<Journey> ended, Predicate<Journey> group, Predicate<Journey> success, String name) {
        List<Journey> members = ended.stream().filter(group).toList();
        return new Rate(name, members.stream().filter(success).count(), members.size());
    }

    private static Step step(StepDurations durations) {
        List<Long> sorted = new ArrayList<>(durations.millis());
        sorted.sort(null);
        double average = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
        return new Step(durations.stepId(), durations.name(), sorted.size(), hours(sorted.get((sorted.size() - 1) / 2)),
                hours(average));
    }

    private static double hours(double millis) {
        return Math.round(10 * millis / MILLIS_PER_HOUR) / 10.0;
    }
}
