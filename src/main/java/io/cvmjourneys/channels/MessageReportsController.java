package io.cvmjourneys.channels;

import io.cvmjourneys.web.ApiException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where a channel's gateway reports a sent message that bounced or that the customer opted out from. */
@RestController
class MessageReportsController {

    record ReportRequest(DeliveryReport outcome, String detail) {
    }

    private final MessageReports reports;

    MessageReportsController(MessageReports reports) {
        this.reports = reports;
    }

    /** 201 for a new report, 200 for one already recorded (nothing changed). */
    @PostMapping("/api/outbox/messages/{messageId}/reports")
    @PreAuthorize("@permissions.allows(authentication, 'REPORT_DELIVERIES')")
    ResponseEntity<MessageReports.Recorded> report(@PathVariable long messageId, @RequestBody ReportRequest request,
                                                   Principal caller) {
        if (request.outcome() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "outcome: say BOUNCED or OPTED_OUT");
        }
        MessageReports.Recorded recorded = reports.record(messageId, request.outcome(), request.detail(), caller.getName());
        return ResponseEntity.status(recorded.recorded() ? HttpStatus.CREATED : HttpStatus.OK).body(recorded);
    }
}
