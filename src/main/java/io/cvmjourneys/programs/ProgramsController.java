package io.cvmjourneys.programs;

import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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

/**
 * The program pages: every program with its status, one program's definition with its journeys,
 * actions and history, and the forms CVM managers define and change them with. Analysts read.
 * A refused form comes back with what the manager typed and what to fix.
 */
@Controller
@PreAuthorize(ProgramsController.READERS)
class ProgramsController {

    static final String READERS = "hasAnyAuthority('cvm-managers', 'analytics-team', 'camunda-admin')";
    static final String CHANGERS = "@permissions.allows(authentication, 'DEFINE_PROGRAMS')";
    /** Empty KPI rows the form offers beyond the program's own, for a manager to add one. */
    private static final int BLANK_KPI_ROWS = 2;

    private final Programs programs;
    private final ActionCatalog catalog;
    private final RepositoryService repository;

    ProgramsController(Programs programs, ActionCatalog catalog, RepositoryService repository) {
        this.programs = programs;
        this.catalog = catalog;
        this.repository = repository;
    }

    /** The fields of the program form, as typed. */
    record ProgramForm(String id, Integer version, String name, String purpose, String owner, String businessOutcomes,
                       String customerOutcomes, List<KpiRow> kpis, String reason) {

        ProgramForm {
            kpis = kpis == null ? List.of() : kpis.stream().filter(row -> row != null).toList();
        }

        static ProgramForm of(ProgramDefinition definition) {
            return new ProgramForm(definition.id(), definition.version(), definition.name(), definition.purpose(),
                    definition.owner(), String.join("\n", definition.businessOutcomes()),
                    String.join("\n", definition.customerOutcomes()), withBlankRows(definition.kpis().stream()
                    .map(KpiRow::of).toList()), "");
        }

        static ProgramForm blank() {
            return new ProgramForm("", null, "", "", "", "", "", withBlankRows(List.of()), "");
        }

        private static List<KpiRow> withBlankRows(List<KpiRow> rows) {
            List<KpiRow> all = new ArrayList<>(rows);
            for (int i = 0; i < BLANK_KPI_ROWS && all.size() < Programs.MAX_KPIS; i++) {
                all.add(new KpiRow("", "", "", "", ""));
            }
            return all;
        }

        ProgramDraft draft() {
            return new ProgramDraft(name, purpose, owner, lines(businessOutcomes), lines(customerOutcomes),
                    kpis.stream().filter(row -> !row.measure().isBlank()).map(KpiRow::kpi).toList());
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : Arrays.asList(text.split("\\R"));
        }
    }

    /** One KPI row of the form, each field as typed. */
    record KpiRow(String measure, String baseline, String baselineOn, String target, String targetBy) {

        KpiRow {
            measure = measure == null ? "" : measure;
            baseline = baseline == null ? "" : baseline;
            baselineOn = baselineOn == null ? "" : baselineOn;
            target = target == null ? "" : target;
            targetBy = targetBy == null ? "" : targetBy;
        }

        static KpiRow of(ProgramKpi kpi) {
            return new KpiRow(kpi.measure(), text(kpi.baseline()), text(kpi.baselineOn()), text(kpi.target()), text(kpi.targetBy()));
        }

        ProgramKpi kpi() {
            return new ProgramKpi(measure, number(baseline, "baseline"), day(baselineOn, "baseline's date"),
                    number(target, "target"), day(targetBy, "target's date"));
        }

        private BigDecimal number(String text, String what) {
            try {
                return text.isBlank() ? null : new BigDecimal(text.strip());
            } catch (NumberFormatException notANumber) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "\u201c" + measure + "\u201d: the " + what + " is a number,"
                        + " like 18.5, not \u201c" + text + "\u201d", "kpis");
            }
        }

        private LocalDate day(String text, String what) {
            try {
                return text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException notADay) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "\u201c" + measure + "\u201d: the " + what + " is a day,"
                        + " like 2027-06-30", "kpis");
            }
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    @GetMapping("/programs")
    String showPrograms(Model model) {
        model.addAttribute("programs", programs.all());
        return "programs/list";
    }

    @GetMapping("/programs/{id}")
    String showProgram(@PathVariable String id, Model model) {
        ProgramDefinition definition = programs.find(id).orElseThrow(() -> noProgram(id));
        model.addAttribute("program", definition);
        model.addAttribute("history", programs.history(id));
        model.addAttribute("journey", repository.createProcessDefinitionQuery().processDefinitionKey(id).latestVersion()
                .list().stream().findFirst().map(ProcessDefinition::getName).orElse(null));
        model.addAttribute("actions", catalog.all().stream().filter(action -> action.program().equals(id))
                .map(Action::name).toList());
        return "programs/program";
    }

    @GetMapping("/programs/new")
    @PreAuthorize(CHANGERS)
    String showNewProgramForm(Model model) {
        return form(model, ProgramForm.blank(), null);
    }

    @GetMapping("/programs/{id}/edit")
    @PreAuthorize(CHANGERS)
    String showChangeForm(@PathVariable String id, Model model) {
        return form(model, ProgramForm.of(programs.find(id).orElseThrow(() -> noProgram(id))), null);
    }

    @PostMapping("/programs")
    @PreAuthorize(CHANGERS)
    String processNewProgramForm(ProgramForm form, Principal manager, Model model, RedirectAttributes redirect,
                                 HttpServletResponse response) {
        try {
            ProgramDefinition defined = programs.define(form.id() == null ? null : form.id().strip(), form.draft(),
                    manager.getName(), form.reason());
            redirect.addFlashAttribute("message", "Defined \u201c" + defined.name() + "\u201d as a draft: a second"
                    + " manager approves it before it goes live.");
            return "redirect:/programs/" + defined.id();
        } catch (ApiException refused) {
            return refusedForm(model, form, refused, response);
        }
    }

    @PostMapping("/programs/{id}")
    @PreAuthorize(CHANGERS)
    String processChangeForm(@PathVariable String id, ProgramForm form, Principal manager, Model model,
                             RedirectAttributes redirect, HttpServletResponse response) {
        try {
            ProgramDefinition changed = programs.change(id, form.version() == null ? 0 : form.version(), form.draft(),
                    manager.getName(), form.reason());
            redirect.addFlashAttribute("message", "Saved as version " + changed.version() + ".");
            return "redirect:/programs/" + id;
        } catch (ApiException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw noProgram(id);
            }
            return refusedForm(model, new ProgramForm(id, form.version(), form.name(), form.purpose(), form.owner(),
                    form.businessOutcomes(), form.customerOutcomes(), form.kpis(), form.reason()), refused, response);
        }
    }

    @PostMapping("/programs/{id}/status")
    @PreAuthorize(CHANGERS)
    String processStatusForm(@PathVariable String id, @RequestParam int version, @RequestParam ProgramStatus status,
                             @RequestParam(required = false) String reason, Principal manager, RedirectAttributes redirect) {
        try {
            ProgramDefinition moved = programs.move(id, version, status, manager.getName(), reason);
            redirect.addFlashAttribute("message", "\u201c" + moved.name() + "\u201d is " + status.name().toLowerCase() + " now.");
        } catch (ApiException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw noProgram(id);
            }
            redirect.addFlashAttribute("problem", refused.getMessage() + ". Nothing changed.");
        }
        return "redirect:/programs/" + id;
    }

    /** The error page's 404: pages answer in pages, not in the API's JSON. */
    private static ResponseStatusException noProgram(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No program '" + id + "'");
    }

    /** The form again, as typed, with what to fix, answered with the refusal's status. */
    private String refusedForm(Model model, ProgramForm form, ApiException refused, HttpServletResponse response) {
        response.setStatus(refused.status().value());
        return form(model, form, refused.getMessage());
    }

    private String form(Model model, ProgramForm form, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("measures", form.id() == null || form.id().isBlank() ? List.of(ProgramKpi.TNPS)
                : programs.measuresOf(form.id()));
        return "programs/form";
    }
}
