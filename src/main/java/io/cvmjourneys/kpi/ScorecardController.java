package io.cvmjourneys.kpi;

import io.cvmjourneys.feedback.CustomerExperienceFigures.CauseInWeeks;
import io.cvmjourneys.kpi.Scorecards.ProgramLine;
import io.cvmjourneys.kpi.Scorecards.Scorecard;
import io.cvmjourneys.web.BarChart;
import io.cvmjourneys.web.Labels;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The management scorecard page and its CSV, for CVM managers and analysts. */
@Controller
@PreAuthorize("hasAnyAuthority('cvm-managers', 'analytics-team', 'camunda-admin')")
class ScorecardController {

    static final String VIEW = "kpi/scorecard";
    private static final String CSV_HEADER = "program,started,ended,success_figure,success_percent,customers_kept,"
            + "lifetime_value_kept,monthly_fees_added,survey_answers,tnps,complaints,deliveries,complaints_per_1000,"
            + "benefit,cost,roi,uplift_points,recorded_benefit,recorded_cost,recorded_roi";

    private final Scorecards scorecards;
    private final KpiProperties properties;
    private final Labels labels;
    private final Clock clock;

    ScorecardController(Scorecards scorecards, KpiProperties properties, Labels labels, Clock clock) {
        this.scorecards = scorecards;
        this.properties = properties;
        this.labels = labels;
        this.clock = clock;
    }

    /** @param to the period's last day, included; the period is the dashboard's, 90 days to today, unless chosen */
    @GetMapping("/kpi/scorecard")
    String showScorecard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         Model model) {
        ReportPeriod period = ReportPeriod.chosen(from, to, LocalDate.now(clock), model);
        Scorecard scorecard = scorecards.of(period.firstDay(), period.lastDay());
        List<ProgramLine> surveyed = scorecard.programs().stream().filter(line -> line.tnps().answers() > 0).toList();
        List<ProgramLine> withRoi = scorecard.programs().stream().filter(line -> line.roi().roi() != null).toList();
        model.addAttribute("card", scorecard);
        model.addAttribute("costs", properties.costs());
        model.addAttribute("messagePrices", properties.costs().perMessage().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(price -> labels.of("channelName", price.getKey()) + " " + labels.money(price.getValue()))
                .collect(Collectors.joining(", ")));
        model.addAttribute("weekNames", scorecard.rootCauses().weeks().stream().map(labels::day).toList());
        model.addAttribute("rootCauseNames", scorecard.rootCauses().causes().stream().collect(Collectors.toMap(
                CauseInWeeks::cause, cause -> labels.of("rootCause", cause.cause()))));
        model.addAttribute("charts", Map.of(
                "tnps", BarChart.of("tNPS", surveyed, line -> labels.of("program", line.program()),
                        line -> (double) line.tnps().score()),
                "roi", BarChart.of("ROI", withRoi, line -> labels.of("program", line.program()),
                        line -> line.roi().roi())));
        return VIEW;
    }

    @GetMapping("/kpi/scorecard.csv")
    void exportCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"scorecard-" + from + "-" + to + ".csv\"");
        List<List<Object>> rows = scorecards.of(from, to).programs().stream().map(ScorecardController::row).toList();
        response.getOutputStream().write(ProgramCsv.table(CSV_HEADER, rows).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Object> row(ProgramLine line) {
        // a list that holds nulls: an empty cell for a figure there is none of
        return Arrays.asList(line.program(), line.started(), line.ended(),
                line.success() == null ? null : line.success().name(), line.success() == null ? null : line.success().percent(),
                line.kept().customers(), line.kept().lifetimeValue(), line.monthlyFeesAdded(), line.tnps().answers(),
                line.tnps().answers() == 0 ? null : line.tnps().score(),
                line.complaints() == null ? 0 : line.complaints().complaints(),
                line.complaints() == null ? null : line.complaints().deliveries(),
                line.complaints() == null || line.complaints().perThousand().isEmpty() ? null
                        : line.complaints().perThousand().getAsDouble(),
                line.roi().benefit(), line.roi().cost(), line.roi().roi(), line.uplift() == null ? null : line.uplift().points(),
                line.recorded().benefit(), line.recorded().cost(), line.recorded().roi());
    }
}
