package io.cvmjourneys.models;

import io.cvmjourneys.changes.ModelChanges;
import io.cvmjourneys.kpi.ActionReviews;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.CandidateTableReplay;
import io.cvmjourneys.web.ApiException;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The models page: what is live — journeys, decision tables and the actions of the catalog — what
 * changed in a decision table, and a replay before a table change goes live.
 */
@Controller
@PreAuthorize(ModelsController.READERS)
class ModelsController {

    static final String READERS = "hasAnyAuthority('cvm-managers', 'camunda-admin', 'analytics-team')";
    static final String CHANGERS = "hasAnyAuthority('cvm-managers', 'camunda-admin')";
    static final String OVERVIEW = "models/overview";
    static final String DIFF = "models/decision-diff";
    static final String REPLAY = "models/replay";
    static final String REFUSED = "models/refused";
    static final int DEFAULT_REPLAY_DAYS = 30;

    private final ModelVersions versions;
    private final CandidateTableReplay replay;
    private final ActionCatalog catalog;
    private final ModelChanges changes;
    private final ActionReviews actionReviews;
    private final Clock clock;

    ModelsController(ModelVersions versions, CandidateTableReplay replay, ActionCatalog catalog, ModelChanges changes,
                     ActionReviews actionReviews, Clock clock) {
        this.versions = versions;
        this.replay = replay;
        this.catalog = catalog;
        this.changes = changes;
        this.actionReviews = actionReviews;
        this.clock = clock;
    }

    @GetMapping("/models")
    String showModels(Model model) {
        model.addAttribute("changesWaiting", changes.waiting());
        model.addAttribute("journeys", versions.journeys());
        model.addAttribute("tables", versions.tables());
        model.addAttribute("replayable", CandidateTableReplay.DECISION_KEY);
        Map<String, String> underReview = actionReviews.underWay();
        model.addAttribute("actions", catalog.entries().stream()
                .map(entry -> ActionRow.of(entry, clock.getZone(), underReview.get(entry.action().id()))).toList());
        model.addAttribute("maxReason", ActionCatalog.MAX_REASON_LENGTH);
        return OVERVIEW;
    }

    @GetMapping("/models/decisions/{key}/diff")
    String showDiff(@PathVariable String key, @RequestParam(required = false) Integer from,
                    @RequestParam(required = false) Integer to, Model model) {
        model.addAttribute("table", versions.table(key));
        model.addAttribute("diff", versions.diff(key, from, to));
        return DIFF;
    }

    @GetMapping("/models/replay")
    @PreAuthorize(CHANGERS)
    String initReplayForm(Model model) {
        model.addAttribute("table", versions.table(CandidateTableReplay.DECISION_KEY));
        model.addAttribute("days", DEFAULT_REPLAY_DAYS);
        return REPLAY;
    }

    @PostMapping("/models/replay")
    @PreAuthorize(CHANGERS)
    String processReplayForm(@RequestParam(required = false) MultipartFile file,
                             @RequestParam(defaultValue = "" + DEFAULT_REPLAY_DAYS) int days, Model model) throws IOException {
        model.addAttribute("table", versions.table(CandidateTableReplay.DECISION_KEY));
        model.addAttribute("days", days);
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        model.addAttribute("report", replay.replay(file == null ? null : file.getBytes(), days));
        return REPLAY;
    }

    /** A page asked for something that cannot be answered: say what, with the status an API would give. */
    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException refusal) {
        ModelAndView page = new ModelAndView(REFUSED, refusal.status());
        page.addObject("message", refusal.getMessage());
        return page;
    }
}
