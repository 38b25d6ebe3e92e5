package io.cvmjourneys.models;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.LeverReplay;
import io.cvmjourneys.nba.LeverSet;
import io.cvmjourneys.nba.Levers;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The levers page: the levers in force, a form to change them with a preview over the decisions of
 * the last days before applying, and every version. Analysts read; CVM managers change.
 */
@Controller
@PreAuthorize(ModelsController.READERS)
class LeversController {

    static final String CHANGERS = "@permissions.allows(authentication, 'CHANGE_LEVERS')";
    static final String VIEW = "models/levers";
    private static final int PREVIEW_DAYS = 7;

    private final Levers levers;
    private final LeverReplay replay;
    private final ActionCatalog catalog;
    private final NbaPolicies configured;
    private final Clock clock;

    LeversController(Levers levers, LeverReplay replay, ActionCatalog catalog, NbaPolicies configured, Clock clock) {
        this.levers = levers;
        this.replay = replay;
        this.catalog = catalog;
        this.configured = configured;
        this.clock = clock;
    }

    /**
     * The form as typed: per program its weight and the percent held out, per outbound channel its
     * weekly cap, the cap over all channels, the quiet hours, when it takes effect and why. Blank is
     * neutral: weight 1, nobody held out, no cap.
     */
    record LeverForm(Map<String, String> weights, Map<String, String> heldOutPercent, Map<String, String> caps,
                     String capAllChannels, String quietFrom, String quietUntil, String effectiveFrom, String reason) {

        static LeverForm of(LeverSet levers, List<String> programs, List<Channel> channels) {
            Map<String, String> weights = new LinkedHashMap<>();
            Map<String, String> held = new LinkedHashMap<>();
            for (String program : programs) {
                weights.put(program, text(levers.programWeights().get(program)));
                Double share = levers.holdout().get(program);
                held.put(program, share == null ? "" : BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString());
            }
            Map<String, String> caps = new LinkedHashMap<>();
            channels.forEach(channel -> caps.put(channel.name(), text(levers.weeklyCaps().get(channel))));
            return new LeverForm(weights, held, caps, text(levers.weeklyCapAllChannels()), levers.quietFrom().toString(),
                    levers.quietUntil().toString(), "", "");
        }

        static LeverForm from(Map<String, String> params, List<String> programs, List<Channel> channels) {
            Map<String, String> weights = new LinkedHashMap<>();
            Map<String, String> held = new LinkedHashMap<>();
            programs.forEach(program -> {
                weights.put(program, params.getOrDefault("weight." + program, "").strip());
                held.put(program, params.getOrDefault("held." + program, "").strip());
            });
            Map<String, String> caps = new LinkedHashMap<>();
            channels.forEach(channel -> caps.put(channel.name(), params.getOrDefault("cap." + channel.name(), "").strip()));
            return new LeverForm(weights, held, caps, params.getOrDefault("capAllChannels", "").strip(),
                    params.getOrDefault("quietFrom", "").strip(), params.getOrDefault("quietUntil", "").strip(),
                    params.getOrDefault("effectiveFrom", "").strip(), params.getOrDefault("reason", ""));
        }

        LeverSet levers() {
            Map<String, Double> programWeights = new TreeMap<>();
            weights.forEach((program, weight) -> {
                if (!weight.isBlank()) {
                    programWeights.put(program, number(weight, "The weight of " + program));
                }
            });
            Map<String, Double> holdout = new TreeMap<>();
            heldOutPercent.forEach((program, percent) -> {
                if (!percent.isBlank()) {
                    holdout.put(program, number(percent, "The share held out of " + program) / 100);
                }
            });
            Map<Channel, Integer> weeklyCaps = new TreeMap<>();
            caps.forEach((channel, cap) -> {
                if (!cap.isBlank()) {
                    weeklyCaps.put(Channel.valueOf(channel), whole(cap, "The weekly cap of " + channel));
                }
            });
            return new LeverSet(programWeights, holdout, weeklyCaps,
                    capAllChannels.isBlank() ? null : whole(capAllChannels, "The weekly cap over all channels"),
                    time(quietFrom, "quietFrom"), time(quietUntil, "quietUntil"));
        }

        Instant effectiveFrom(Clock clock) {
            try {
                return effectiveFrom.isBlank() ? null : LocalDateTime.parse(effectiveFrom).atZone(clock.getZone()).toInstant();
            } catch (DateTimeParseException notATime) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "When it takes effect is a day and a time, like"
                        + " 2027-01-01T00:00", "effectiveFrom");
            }
        }

        private static double number(String text, String what) {
            try {
                return Double.parseDouble(text.replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                throw new ApiException(HttpStatus.BAD_REQUEST, what + " is a number, not \u201c" + text + "\u201d", "levers");
            }
        }

        private static int whole(String text, String what) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException notANumber) {
                throw new ApiException(HttpStatus.BAD_REQUEST, what + " is a whole number, not \u201c" + text + "\u201d", "levers");
            }
        }

        private static LocalTime time(String text, String field) {
            try {
                return text.isBlank() ? null : LocalTime.parse(text);
            } catch (DateTimeParseException notATime) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "Quiet hours are times of day, like 21:00", field);
            }
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    @GetMapping("/levers")
    String showLevers(Model model) {
        return page(model, LeverForm.of(levers.current().levers(), programs(), outboundChannels()));
    }

    @PostMapping("/levers/preview")
    @PreAuthorize(CHANGERS)
    String processPreview(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        LeverForm form = LeverForm.from(params, programs(), outboundChannels());
        try {
            model.addAttribute("preview", replay.preview(form.levers(), PREVIEW_DAYS));
            model.addAttribute("previewDays", PREVIEW_DAYS);
        } catch (ApiException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("problem", refused.getMessage());
        }
        return page(model, form);
    }

    @PostMapping("/levers")
    @PreAuthorize(CHANGERS)
    String processChange(@RequestParam Map<String, String> params, Principal manager, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        LeverForm form = LeverForm.from(params, programs(), outboundChannels());
        try {
            Levers.LeverVersion saved = levers.change(form.levers(), form.effectiveFrom(clock), manager.getName(), form.reason());
            redirect.addFlashAttribute("message", "Saved as version " + saved.version() + (saved.effectiveFrom()
                    .isAfter(clock.instant()) ? ", in force from " + saved.effectiveFrom() : ", in force now on every node") + ".");
            return "redirect:/levers";
        } catch (ApiException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("problem", refused.getMessage() + " Nothing changed.");
            return page(model, form);
        }
    }

    private String page(Model model, LeverForm form) {
        model.addAttribute("form", form);
        model.addAttribute("inForce", levers.current());
        model.addAttribute("history", levers.history());
        model.addAttribute("now", clock.instant());
        return VIEW;
    }

    private List<String> programs() {
        return catalog.all().stream().map(Action::program).distinct().sorted().toList();
    }

    private List<Channel> outboundChannels() {
        return configured.contact().outboundChannels().stream().sorted().toList();
    }
}
