package io.cvmjourneys.journeys.outage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the network's monitoring reports incidents: {@code POST /api/incidents} when one starts (the
 * affected customers' journeys start), {@code POST /api/incidents/{id}/restored} when it is fixed.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    /**
     * @param startedAt     when the network saw it start; now when left out
     * @param expectedFixAt when the network expects the fix; four hours after the start when left out
     */
    record IncidentReport(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold letters, digits and . _ - only")
            String id,
            @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Z]{1,2}[0-9]{0,2}", message = "must be a postcode area (M, LS, EH30)")
            String areaCode,
            @NotNull IncidentKind kind,
            @NotBlank @Size(max = 200) String title,
            Instant startedAt,
            Instant expectedFixAt) {
    }

    /** @param restoredAt when the network saw the service back; now when left out */
    record Restoration(Instant restoredAt) {
    }

    private final NetworkIncidents incidents;

    IncidentController(NetworkIncidents incidents) {
        this.incidents = incidents;
    }

    @PreAuthorize("@permissions.allows(authentication, 'REPORT_NETWORK_DATA')")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    NetworkIncidents.Reported report(@Valid @RequestBody IncidentReport report) {
        return incidents.report(report.id(), report.areaCode(), report.kind(), report.title(), report.startedAt(),
                report.expectedFixAt());
    }

    @PreAuthorize("@permissions.allows(authentication, 'REPORT_NETWORK_DATA')")
    @PostMapping("/{id}/restored")
    NetworkIncidents.Restored restored(@PathVariable String id, @RequestBody(required = false) Restoration restoration) {
        return incidents.restore(id, restoration == null ? null : restoration.restoredAt());
    }
}
