package io.cvmjourneys.campaigns;

import io.cvmjourneys.channels.OutboundMessage;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
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
 * The campaign pages: every campaign with where it stands, one campaign with its audience, dry run,
 * tally and history, and the form managers prepare one with. Analysts read. A refused form comes back
 * with what the manager typed and what to fix.
 */
@Controller
@PreAuthorize(CampaignsController.READERS)
class CampaignsController {

    static final String READERS = "hasAnyAuthority('cvm-managers', 'analytics-team', 'camunda-admin')";
    static final String RUNNERS = "@permissions.allows(authentication, 'RUN_CAMPAIGNS')";
    /** The outbound channels in the order a campaign tries them. */
    static final List<Channel> CHANNEL_ORDER = List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH, Channel.TELESALES);

    private final Campaigns campaigns;
    private final ActionCatalog catalog;
    private final Clock clock;

    CampaignsController(Campaigns campaigns, ActionCatalog catalog, Clock clock) {
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The fields of the campaign form, as typed. */
    record CampaignForm(Long id, Integer version, String name, String actionId, List<String> channels,
                        List<String> segments, List<String> types, List<String> productLines, String areas,
                        String minTenureMonths, String maxTenureMonths, String minClv, String maxClv, String device,
                        Boolean consentedOnly, String message, String holdoutPercent, String sendFrom, String perMinute,
                        String reason) {

        /**
         * Every field binds as text, and an unticked box sends nothing: whatever a form sends binds, so the
         * caller's rights are checked before its content.
         */
        CampaignForm {
            consentedOnly = Boolean.TRUE.equals(consentedOnly);
            channels = channels == null ? List.of() : channels;
            segments = segments == null ? List.of() : segments;
            types = types == null ? List.of() : types;
            productLines = productLines == null ? List.of() : productLines;
        }

        static CampaignForm of(Campaign campaign, Clock clock) {
            CampaignDraft draft = campaign.draft();
            Audience audience = draft.audience();
            return new CampaignForm(campaign.id(), campaign.version(), draft.name(), draft.actionId(), names(draft.channels()),
                    names(audience.segments()), names(audience.types()), audience.productLines(), String.join(", ", audience.areas()),
                    text(audience.minTenureMonths()), text(audience.maxTenureMonths()), text(audience.minClv()),
                    text(audience.maxClv()), audience.device() == null ? "" : audience.device(), audience.consentedOnly(),
                    draft.message(), String.valueOf(draft.holdoutPercent()),
                    LocalDateTime.ofInstant(draft.sendFrom(), clock.getZone()).truncatedTo(ChronoUnit.MINUTES).toString(),
                    String.valueOf(draft.perMinute()), "");
        }

        static CampaignForm blank(Clock clock) {
            String tomorrowAtTen = LocalDateTime.now(clock).toLocalDate().plusDays(1).atTime(10, 0).toString();
            return new CampaignForm(null, null, "", "", names(List.of(Channel.EMAIL, Channel.SMS)), List.of(), List.of(), List.of(),
                    "", "", "", "", "", "", true, "", "10", tomorrowAtTen, "100", "");
        }

        CampaignDraft draft(Clock clock) {
            Audience audience = new Audience(values(segments, Segment.class, "audience"),
                    values(types, CustomerType.class, "audience"), productLines,
                    areas == null ? List.of() : Arrays.stream(areas.split("[,\\s]+")).filter(area -> !area.isBlank()).toList(),
                    whole(minTenureMonths, "tenure from"), whole(maxTenureMonths, "tenure to"), amount(minClv, "CLV from"),
                    amount(maxClv, "CLV to"), device, consentedOnly);
            Integer holdout = whole(holdoutPercent, "holdout");
            Integer rate = whole(perMinute, "rate");
            List<Channel> chosen = values(channels, Channel.class, "channels");
            return new CampaignDraft(name, actionId, CHANNEL_ORDER.stream().filter(chosen::contains).toList(), audience,
                    message, holdout == null ? 0 : holdout, sendFrom == null || sendFrom.isBlank() ? null : when(clock),
                    rate == null ? 0 : rate);
        }

        private Instant when(Clock clock) {
            try {
                return LocalDateTime.parse(sendFrom.strip()).atZone(clock.getZone()).toInstant();
            } catch (DateTimeParseException notATime) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "The send time is a day and a time, like 2026-12-07T10:00",
                        "sendFrom");
            }
        }

        private static Integer whole(String text, String what) {
            try {
                return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
            } catch (NumberFormatException notANumber) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "The " + what + " is a whole number, not \u201c" + text + "\u201d",
                        "audience");
            }
        }

        private static BigDecimal amount(String text, String what) {
            try {
                return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
            } catch (NumberFormatException notANumber) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "The " + what + " is an amount, like 1200, not \u201c" + text
                        + "\u201d", "audience");
            }
        }

        private static List<String> names(List<? extends Enum<?>> values) {
            return values.stream().map(Enum::name).toList();
        }

        private static <E extends Enum<E>> List<E> values(List<String> names, Class<E> type, String field) {
            try {
                return names.stream().map(name -> Enum.valueOf(type, name)).toList();
            } catch (IllegalArgumentException unknown) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "Choose from " + Arrays.toString(type.getEnumConstants()), field);
            }
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    @GetMapping("/campaigns")
    String showCampaigns(Model model) {
        model.addAttribute("campaigns", campaigns.all());
        return "campaigns/list";
    }

    @GetMapping("/campaigns/{id}")
    String showCampaign(@PathVariable long id, Model model) {
        Campaign campaign = campaigns.find(id).orElseThrow(() -> noCampaign(id));
        model.addAttribute("campaign", campaign);
        model.addAttribute("history", campaigns.history(id));
        model.addAttribute("tally", campaigns.tally(id));
        return "campaigns/campaign";
    }

    /** The campaign page with what a launch would do now: the NBA policies judge the audience, nothing is written. */
    @GetMapping("/campaigns/{id}/dry-run")
    String showDryRun(@PathVariable long id, Model model) {
        model.addAttribute("dryRun", campaigns.dryRun(id));
        return showCampaign(id, model);
    }

    @GetMapping("/campaigns/new")
    @PreAuthorize(RUNNERS)
    String showNewCampaignForm(Model model) {
        return form(model, CampaignForm.blank(clock), null);
    }

    @GetMapping("/campaigns/{id}/edit")
    @PreAuthorize(RUNNERS)
    String showChangeForm(@PathVariable long id, Model model) {
        return form(model, CampaignForm.of(campaigns.find(id).orElseThrow(() -> noCampaign(id)), clock), null);
    }

    @PostMapping("/campaigns")
    @PreAuthorize(RUNNERS)
    String processNewCampaignForm(CampaignForm form, Principal manager, Model model, RedirectAttributes redirect,
                                  HttpServletResponse response) {
        try {
            Campaign defined = campaigns.define(form.draft(clock), manager.getName(), form.reason());
            redirect.addFlashAttribute("message", "Prepared \u201c" + defined.name() + "\u201d as a draft: a second manager"
                    + " approves its launch. Nothing is sent before.");
            return "redirect:/campaigns/" + defined.id();
        } catch (ApiException refused) {
            return refusedForm(model, form, refused, response);
        }
    }

    @PostMapping("/campaigns/{id}")
    @PreAuthorize(RUNNERS)
    String processChangeForm(@PathVariable long id, CampaignForm form, Principal manager, Model model,
                             RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Campaign changed = campaigns.change(id, form.version() == null ? 0 : form.version(), form.draft(clock),
                    manager.getName(), form.reason());
            redirect.addFlashAttribute("message", "Saved as version " + changed.version() + ".");
            return "redirect:/campaigns/" + id;
        } catch (ApiException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw noCampaign(id);
            }
            return refusedForm(model, form, refused, response);
        }
    }

    @PostMapping("/campaigns/{id}/approval")
    @PreAuthorize(RUNNERS)
    String processApproval(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                           Principal manager, RedirectAttributes redirect) {
        return decided(id, redirect, () -> {
            Campaign approved = campaigns.approve(id, version, manager.getName(), reason);
            return "Approved: \u201c" + approved.name() + "\u201d is scheduled and sends from "
                    + LocalDateTime.ofInstant(approved.draft().sendFrom(), clock.getZone()).truncatedTo(ChronoUnit.MINUTES)
                    .toString().replace('T', ' ') + ".";
        });
    }

    @PostMapping("/campaigns/{id}/stop")
    @PreAuthorize(RUNNERS)
    String processStop(@PathVariable long id, @RequestParam(required = false) String reason, Principal manager,
                       RedirectAttributes redirect) {
        return decided(id, redirect, () -> "Stopped \u201c" + campaigns.stop(id, manager.getName(), reason).name()
                + "\u201d: nothing more goes out.");
    }

    private String decided(long id, RedirectAttributes redirect, Supplier<String> decision) {
        try {
            redirect.addFlashAttribute("message", decision.get());
        } catch (ApiException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw noCampaign(id);
            }
            redirect.addFlashAttribute("problem", refused.getMessage() + ". Nothing changed.");
        }
        return "redirect:/campaigns/" + id;
    }

    /** The error page's 404: pages answer in pages, not in the API's JSON. */
    private static ResponseStatusException noCampaign(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No campaign " + id);
    }

    private String refusedForm(Model model, CampaignForm form, ApiException refused, HttpServletResponse response) {
        response.setStatus(refused.status().value());
        return form(model, form, refused.getMessage());
    }

    private String form(Model model, CampaignForm form, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("actions", catalog.all().stream().filter(action -> !action.isMandatory())
                .filter(action -> action.channels().stream().anyMatch(OutboundMessage.OUTBOUND_CHANNELS::contains)).toList());
        model.addAttribute("channelOrder", CHANNEL_ORDER);
        model.addAttribute("segments", Segment.values());
        model.addAttribute("types", CustomerType.values());
        return "campaigns/form";
    }
}
