package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.customer.CustomerCollections.OpenInvoice;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: the billing run hands the oldest overdue invoices of the demo base to the intake, and
 * the longest overdue ones skip the reminders they would have had before the demo started, so the
 * call center finds calls to make on a first run. Fixed event ids make a restart change nothing.
 */
@Component
@Profile("demo")
@Order(30)
class DemoOverdueInvoices implements ApplicationRunner {

    static final int JOURNEYS = 8;
    static final int WAITING_FOR_A_CALL = 4;

    private final CustomerCollections collections;
    private final MomentIntake intake;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final Clock clock;

    DemoOverdueInvoices(CustomerCollections collections, MomentIntake intake, ManagementService managementService,
                        RuntimeService runtimeService, Clock clock) {
        this.collections = collections;
        this.intake = intake;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        List<OpenInvoice> overdue = collections.overdueInvoices(LocalDate.ofInstant(now, clock.getZone()), JOURNEYS);
        for (int i = 0; i < overdue.size(); i++) {
            OpenInvoice invoice = overdue.get(i);
            MomentAnswer answer = intake.receive(new Moment("demo-overdue-" + invoice.id(), invoice.customerId(),
                    MomentType.INVOICE_OVERDUE, Channel.WEB, now, Map.of(InvoiceOverdue.INVOICE_FIELD, invoice.id())));
            if (i < WAITING_FOR_A_CALL && answer.status() == MomentAnswer.Status.STARTED) {
                skipToTheCall(answer.processInstanceId());
            }
        }
    }

    /** Runs the journey's start now and moves it from the first reminder to the agent's call; later on, nothing. */
    private void skipToTheCall(String journey) {
        Job start = managementService.createJobQuery().processInstanceId(journey).activityId("StartEvent_InvoiceOverdue")
                .singleResult();
        if (start != null) {
            managementService.executeJob(start.getId());
        }
        if (runtimeService.getActiveActivityIds(journey).contains("Event_FirstReminderDue")) {
            runtimeService.createProcessInstanceModification(journey)
                    .cancelAllForActivity("Event_FirstReminderDue")
                    .startBeforeActivity("Task_CallCustomer")
                    .execute();
        }
    }
}
