package io.cvmjourneys.feedback;

import io.cvmjourneys.customer.CustomerComplaints.ComplaintRate;
import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.moments.Tnps;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.web.BarChart;
import io.cvmjourneys.web.Labels;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The CX dashboard: what complaints say about the programs and actions, over a chosen period. */
@Controller
@PreAuthorize("hasAnyAuthority('cx-team', 'cvm-managers', 'camunda-admin')")
class CxDashboardController {

    static final String VIEW = "feedback/cx-dashboard";
    static final int DEFAULT_DAYS = 30;

    private final CxFigures figures;
    private final Clock clock;
    private final ActionCatalog catalog;
    private final JourneyRuntime journeys;
    private final Labels labels;

    CxDashboardController(CxFigures figures, Clock clock, ActionCatalog catalog, JourneyRuntime journeys, Labels labels) {
        this.figures = figures;
        this.clock = clock;
        this.catalog = catalog;
        this.journeys = journeys;
        this.labels = labels;
    }

    /** @param to the last day of the period, included */
    @GetMapping("/cx/dashboard")
    String showDashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         Model model) {
        LocalDate lastDay = to == null ? LocalDate.now(clock) : to;
        LocalDate firstDay = from == null || from.isAfter(lastDay) ? lastDay.minusDays(DEFAULT_DAYS - 1) : from;
        var start = firstDay.atStartOfDay(clock.getZone()).toInstant();
        var end = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        model.addAttribute("from", firstDay);
        model.addAttribute("to", lastDay);
        List<ComplaintRate> perAction = figures.perAction(start, end);
        List<ComplaintRate> perProgram = figures.complaintsPerProgram(start, end);
        Map<String, Tnps> tnps = figures.tnpsByJourney(start, end);
        // what each row is called where people read it: an action's name, a program's, a journey's
        Map<String, String> actions = names(perAction.stream().map(ComplaintRate::subject),
                id -> catalog.find(id).map(Action::name).orElse(id));
        Map<String, String> programs = names(perProgram.stream().map(ComplaintRate::subject), key -> labels.of("program", key));
        Map<String, String> journeyNames = names(tnps.keySet().stream(), journeys::journeyName);
        model.addAttribute("perAction", perAction);
        model.addAttribute("perProgram", perProgram);
        model.addAttribute("actionNames", actions);
        model.addAttribute("programNames", programs);
        model.addAttribute("journeyNames", journeyNames);
        model.addAttribute("resolution", figures.resolution(start, end));
        model.addAttribute("tnps", tnps);
        CustomerExperienceFigures.RootCauseTrend rootCauses = figures.rootCauseTrend(firstDay, lastDay, clock.getZone());
        model.addAttribute("rootCauses", rootCauses);
        model.addAttribute("rootCauseNames", names(rootCauses.causes().stream().map(CustomerExperienceFigures.CauseInWeeks::cause),
                cause -> labels.of("rootCause", cause)));
        model.addAttribute("weekNames", rootCauses.weeks().stream().map(labels::day).toList());
        // the charts' series, in the tables' order
        model.addAttribute("charts", Map.of(
                "actions", BarChart.of("per 1,000 deliveries", perAction, rate -> actions.get(rate.subject()), CxDashboardController::knownRate),
                "programs", BarChart.of("per 1,000 deliveries", perProgram, rate -> programs.get(rate.subject()), CxDashboardController::knownRate),
                "tnps", BarChart.of("tNPS", List.copyOf(tnps.entrySet()), row -> journeyNames.get(row.getKey()),
                        row -> (double) row.getValue().score())));
        return VIEW;
    }

    private static Map<String, String> names(Stream<String> codes, Function<String, String> name) {
        return codes.distinct().collect(Collectors.toMap(Function.identity(), name));
    }

    /** A chart leaves a gap where the rate is unknown rather than drawing it as zero. */
    private static Double knownRate(ComplaintRate rate) {
        return rate.perThousand().isPresent() ? rate.perThousand().getAsDouble() : null;
    }

}
