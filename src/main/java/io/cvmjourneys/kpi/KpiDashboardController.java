package io.cvmjourneys.kpi;

import io.cvmjourneys.kpi.BusinessCases.BusinessCase;
import io.cvmjourneys.loyalty.LoyaltyLedger;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Tnps;
import io.cvmjourneys.programs.ProgramDefinition;
import io.cvmjourneys.programs.ProgramKpi;
import io.cvmjourneys.programs.Programs;
import io.cvmjourneys.referrals.Referrals;
import io.cvmjourneys.web.BarChart;
import io.cvmjourneys.web.Labels;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The program KPI dashboard for CVM managers and analysts, its CSV export and the ROI inputs. */
@Controller
@PreAuthorize("hasAnyAuthority('cvm-managers', 'analytics-team', 'camunda-admin')")
class KpiDashboardController {

    static final String VIEW = "kpi/dashboard";
    /** The program whose figures come from its points ledger as well as from its journeys. */
    static final String LOYALTY = "loyalty";
    /** The program whose funnel (leads, friends who joined, reviews) comes from its own records. */
    static final String REFERRAL = "referral";

    private final ProgramReports reports;
    private final BusinessCases businessCases;
    private final LoyaltyLedger loyalty;
    private final Referrals referrals;
    private final Clock clock;
    private final Labels labels;
    private final Programs programs;
    private final ProgramTargets targets;

    KpiDashboardController(ProgramReports reports, BusinessCases businessCases, LoyaltyLedger loyalty, Referrals referrals,
                           Clock clock, Labels labels, Programs programs, ProgramTargets targets) {
        this.programs = programs;
        this.targets = targets;
        this.loyalty = loyalty;
        this.referrals = referrals;
        this.labels = labels;
        this.reports = reports;
        this.businessCases = businessCases;
        this.clock = clock;
    }

    /** @param to the last day of the period, included */
    @GetMapping("/kpi")
    String showDashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) Channel channel, @RequestParam(required = false) String program,
                         Model model) {
        ReportPeriod period = ReportPeriod.chosen(from, to, LocalDate.now(clock), model);
        LocalDate firstDay = period.firstDay();
        LocalDate lastDay = period.lastDay();
        Scope scope = scope(firstDay, lastDay, channel);
        List<ProgramReport> all = reports.all(scope, clock.instant());
        ProgramReport selected = all.stream().filter(report -> report.program().equals(program)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        model.addAttribute("from", firstDay);
        model.addAttribute("to", lastDay);
        model.addAttribute("channel", channel);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("programs", all);
        model.addAttribute("selected", selected);
        Map<String, ProgramDefinition> definitions = programs.all().stream()
                .collect(Collectors.toMap(ProgramDefinition::id, definition -> definition));
        model.addAttribute("definitions", definitions);
        if (selected != null) {
            List<ProgramReport.Step> steps = reports.steps(selected.program(), scope);
            model.addAttribute("steps", steps);
            Map<String, Tnps> surveys = reports.surveyAnswers(selected.program(), scope);
            model.addAttribute("surveys", surveys);
            List<ProgramKpi> kpis = definitions.containsKey(selected.program())
                    ? definitions.get(selected.program()).kpis() : List.of();
            List<ProgramTargets.Progress> progress = targets.of(selected.program(), kpis, scope, lastDay, selected.figures(),
                    surveys.values().stream().reduce(Tnps.NONE, Tnps::plus), clock.getZone());
            model.addAttribute("targets", progress);
            model.addAttribute("targetLines", progress.stream().map(ProgramTargets.Progress::line).toList());
            model.addAttribute("targetWeeks", progress.isEmpty() ? List.of()
                    : progress.get(0).weeks().stream().map(week -> labels.day(week.monday())).toList());
            model.addAttribute("surveyOutcomeNames", surveys.keySet().stream().collect(Collectors.toMap(outcome -> outcome,
                    outcome -> ProgramFigures.STILL_RUNNING.equals(outcome) ? "Still running" : labels.of("journeyOutcome", outcome))));
            if (LOYALTY.equals(selected.program())) {
                model.addAttribute("loyalty", loyalty.figures(scope.from(), scope.to()));
            }
            if (REFERRAL.equals(selected.program())) {
                model.addAttribute("referrals", referrals.figures(scope.from(), scope.to()));
            }
            model.addAttribute("charts", Map.of(
                    "outcomes", BarChart.of("journeys", List.copyOf(selected.endedByOutcome().entrySet()),
                            entry -> labels.of("journeyOutcome", entry.getKey()), entry -> entry.getValue().doubleValue()),
                    "acceptance", BarChart.of("conversion %", selected.acceptance(), ProgramFigures.ActionAcceptance::name,
                            row -> row.conversion() == null ? 0 : row.conversion()),
                    "steps", BarChart.of("median hours", steps, ProgramReport.Step::name, ProgramReport.Step::medianHours)));
        }
        return VIEW;
    }

    @GetMapping("/kpi/programs.csv")
    void exportCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) Channel channel, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"program-kpis-" + from + "-" + to + ".csv\"");
        response.getOutputStream().write(ProgramCsv.of(reports.all(scope(from, to, channel), clock.instant()))
                .getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/kpi/programs/{program}/business-case")
    @PreAuthorize("hasAnyAuthority('cvm-managers', 'camunda-admin')")
    String setBusinessCase(@PathVariable String program,
                           @RequestParam @NotNull @DecimalMin("0") BigDecimal benefitPerSuccess,
                           @RequestParam @NotNull @DecimalMin("0") BigDecimal costPerJourney,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) Channel channel, Principal manager, RedirectAttributes redirect) {
        if (!reports.programs().contains(program)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No program '" + program + "'");
        }
        businessCases.set(program, new BusinessCase(benefitPerSuccess, costPerJourney), manager.getName(), clock.instant());
        redirect.addAttribute("program", program);
        // back to the period and channel the manager was looking at
        if (from != null) {
            redirect.addAttribute("from", from.toString());
        }
        if (to != null) {
            redirect.addAttribute("to", to.toString());
        }
        if (channel != null) {
            redirect.addAttribute("channel", channel);
        }
        return "redirect:/kpi";
    }

    /** Whole days in the operator's zone: a period's first day begins at its local midnight. */
    private Scope scope(LocalDate firstDay, LocalDate lastDay, Channel channel) {
        return new Scope(firstDay.atStartOfDay(clock.getZone()).toInstant(),
                lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), channel);
    }

}
