package io.cvmjourneys.kpi;

import io.cvmjourneys.programs.ProgramDefinition;
import io.cvmjourneys.programs.ProgramStatus;
import io.cvmjourneys.programs.Programs;
import io.cvmjourneys.web.Labels;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: {@code ${gatherProgramResults}}. The program's results over the review period just passed,
 * as the KPI dashboard counts them, in the words the review task shows: journeys and how they ended,
 * the program's figures, its offers' acceptance, the business case, and the uplift over its control
 * group with its 95 % interval. Says whether the program is still live.
 */
@Component("gatherProgramResults")
class GatherProgramResults implements JavaDelegate {

    static final String LIVE = "programLive";
    static final String NAME = "programName";
    static final String PERIOD_TEXT = "reviewedPeriod";
    static final String ENDED = "journeysEnded";
    static final String RESULTS = "resultsSummary";
    static final String UPLIFT = "upliftSummary";

    private final ProgramReports reports;
    private final Programs programs;
    private final Labels labels;
    private final Clock clock;

    GatherProgramResults(ProgramReports reports, Programs programs, Labels labels, Clock clock) {
        this.reports = reports;
        this.programs = programs;
        this.labels = labels;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String programId = (String) execution.getVariable(ProgramReviews.PROGRAM);
        Optional<ProgramDefinition> program = programs.find(programId);
        execution.setVariable(LIVE, program.filter(found -> found.status() == ProgramStatus.LIVE).isPresent());
        execution.setVariable(NAME, program.map(ProgramDefinition::name).orElse(programId));
        ZonedDateTime now = ZonedDateTime.now(clock);
        Instant from = now.minus(Period.parse((String) execution.getVariable(ProgramReviews.PERIOD))).toInstant();
        execution.setVariable(PERIOD_TEXT, labels.day(from.atZone(clock.getZone()).toLocalDate()) + " to "
                + labels.day(now.toLocalDate()));
        ProgramReport report = reports.of(programId, new Scope(from, now.toInstant(), null), now.toInstant());
        execution.setVariable(ENDED, report.ended());
        execution.setVariable(RESULTS, results(report));
        Instant cycleStart = ((Date) execution.getVariable(ProgramReviews.CYCLE_START)).toInstant();
        ProgramReport sinceCycleStart = reports.of(programId, new Scope(cycleStart, now.toInstant(), null), now.toInstant());
        execution.setVariable(UPLIFT, Optional.ofNullable(sinceCycleStart.uplift())
                .map(uplift -> uplift(uplift) + " Counted since the review cycle began, "
                        + labels.day(cycleStart.atZone(clock.getZone()).toLocalDate()) + ".")
                .orElse("No control group: the program holds no customers out, so its uplift cannot be measured."));
    }

    private String results(ProgramReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("Journeys started " + report.started() + ", ended " + report.ended() + ", running " + report.running()
                + (report.endedByOutcome().isEmpty() ? "" : " (ended: " + report.endedByOutcome().entrySet().stream()
                .map(outcome -> labels.of("outcome", outcome.getKey()) + " " + outcome.getValue())
                .collect(Collectors.joining(", ")) + ")"));
        report.figures().forEach(rate -> lines.add(rate.name() + ": " + rate.count() + " of " + rate.outOf()
                + (rate.percent() == null ? "" : " (" + rate.percent() + " %)")));
        if (report.offered() > 0) {
            lines.add("Offers accepted: " + report.accepted() + " of " + report.offered() + " ("
                    + ProgramReport.percent(report.accepted(), report.offered()) + " %)");
        }
        if (report.roi() != null && report.roi().roi() != null) {
            lines.add("Return on investment: " + report.roi().roi() + " (benefit " + labels.money(report.roi().benefit())
                    + ", cost " + labels.money(report.roi().cost()) + ")");
        }
        lines.add("Tasks past their due time: " + report.slaBreaches());
        return String.join("\n", lines);
    }

    private static String uplift(ProgramReport.Uplift uplift) {
        List<Double> interval = uplift.interval();
        if (uplift.points() == null || interval == null) {
            return "Control group of " + Math.round(100 * uplift.share()) + " %: no ended journey in a group yet, so no uplift.";
        }
        return (uplift.points() > 0 ? "+" : "") + uplift.points() + " points of success over the control group ("
                + uplift.treated().percent() + " % of " + uplift.treated().outOf() + " against " + uplift.control().percent()
                + " % of " + uplift.control().outOf() + "); 95 % interval " + interval.get(0) + " to " + interval.get(1)
                + (uplift.significant() ? ": unlikely to be chance." : ": it holds 0, so not yet shown to be the program's doing.");
    }
}
