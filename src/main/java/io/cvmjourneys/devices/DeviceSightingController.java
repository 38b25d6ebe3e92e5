package io.cvmjourneys.devices;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/devices/sightings: where the network's device feed reports a device it saw on a customer's line. */
@RestController
class DeviceSightingController {

    /** @param seenAt when the network saw it; now when left out */
    record SightingRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "may hold letters, digits and - only")
            String customerId,
            @NotBlank @Size(max = 40) String deviceModel,
            Instant seenAt) {
    }

    private final DeviceSightings sightings;
    private final Clock clock;

    DeviceSightingController(DeviceSightings sightings, Clock clock) {
        this.sightings = sightings;
        this.clock = clock;
    }

    @PreAuthorize("@permissions.allows(authentication, 'REPORT_NETWORK_DATA')")
    @PostMapping("/api/devices/sightings")
    DeviceSightings.Sighting report(@Valid @RequestBody SightingRequest request) {
        return sightings.record(request.customerId(), request.deviceModel(),
                request.seenAt() == null ? clock.instant() : request.seenAt());
    }
}
