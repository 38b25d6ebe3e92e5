package io.cvmjourneys.programs;

import io.cvmjourneys.web.ApiException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The program pages as JSON: read every program and its versions, define, change and move one. */
@RestController
@PreAuthorize(ProgramsController.READERS)
class ProgramsApiController {

    /** A new program: its key and its first draft. */
    record Definition(String id, String name, String purpose, String owner, List<String> businessOutcomes,
                      List<String> customerOutcomes, List<ProgramKpi> kpis, String reason) {
        ProgramDraft draft() {
            return new ProgramDraft(name, purpose, owner, businessOutcomes, customerOutcomes, kpis);
        }
    }

    /** A change of the version the caller read. */
    record Change(Integer version, String name, String purpose, String owner, List<String> businessOutcomes,
                  List<String> customerOutcomes, List<ProgramKpi> kpis, String reason) {
        ProgramDraft draft() {
            return new ProgramDraft(name, purpose, owner, businessOutcomes, customerOutcomes, kpis);
        }
    }

    record StatusChange(Integer version, ProgramStatus status, String reason) {
    }

    private final Programs programs;

    ProgramsApiController(Programs programs) {
        this.programs = programs;
    }

    @GetMapping("/api/programs")
    List<ProgramDefinition> programs() {
        return programs.all();
    }

    @GetMapping("/api/programs/{id}")
    ProgramDefinition program(@PathVariable String id) {
        return programs.find(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No program '" + id + "'"));
    }

    /** Newest first: who changed what, when and why. */
    @GetMapping("/api/programs/{id}/versions")
    List<ProgramDefinition> versions(@PathVariable String id) {
        List<ProgramDefinition> history = programs.history(id);
        if (history.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No program '" + id + "'");
        }
        return history;
    }

    @PostMapping("/api/programs")
    @PreAuthorize(ProgramsController.CHANGERS)
    ResponseEntity<ProgramDefinition> define(@RequestBody Definition definition, Principal manager) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(programs.define(definition.id(), definition.draft(), manager.getName(), definition.reason()));
    }

    @PutMapping("/api/programs/{id}")
    @PreAuthorize(ProgramsController.CHANGERS)
    ProgramDefinition change(@PathVariable String id, @RequestBody Change change, Principal manager) {
        return programs.change(id, seen(change.version()), change.draft(), manager.getName(), change.reason());
    }

    @PostMapping("/api/programs/{id}/status")
    @PreAuthorize(ProgramsController.CHANGERS)
    ProgramDefinition move(@PathVariable String id, @RequestBody StatusChange change, Principal manager) {
        return programs.move(id, seen(change.version()), change.status(), manager.getName(), change.reason());
    }

    private static int seen(Integer version) {
        if (version == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say which version you changed, as you read it", "version");
        }
        return version;
    }
}
