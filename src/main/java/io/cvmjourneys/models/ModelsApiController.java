package io.cvmjourneys.models;

import io.cvmjourneys.nba.CandidateTableReplay;
import io.cvmjourneys.nba.ReplayReport;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The models page's figures as JSON, for scripts and reports. */
@RestController
@PreAuthorize(ModelsController.READERS)
class ModelsApiController {

    record Deployed(List<ModelVersions.Journey> journeys, List<ModelVersions.Table> decisionTables) {
    }

    private final ModelVersions versions;
    private final CandidateTableReplay replay;

    ModelsApiController(ModelVersions versions, CandidateTableReplay replay) {
        this.versions = versions;
        this.replay = replay;
    }

    @GetMapping("/api/models")
    Deployed deployed() {
        return new Deployed(versions.journeys(), versions.tables());
    }

    @GetMapping("/api/models/decisions/{key}/diff")
    DecisionTableDiff.TableDiff diff(@PathVariable String key, @RequestParam(required = false) Integer from,
                                     @RequestParam(required = false) Integer to) {
        return versions.diff(key, from, to);
    }

    @PostMapping("/api/models/replay")
    @PreAuthorize(ModelsController.CHANGERS)
    ReplayReport replay(@RequestParam(required = false) MultipartFile file,
                        @RequestParam(defaultValue = "" + ModelsController.DEFAULT_REPLAY_DAYS) int days) throws IOException {
        return replay.replay(file == null ? null : file.getBytes(), days);
    }
}
