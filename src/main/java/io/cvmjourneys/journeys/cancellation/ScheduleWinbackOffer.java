package io.cvmjourneys.journeys.cancellation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the winback offer goes out: the window's last day, in the operator's zone, at
 * {@link #OFFER_TIME} — a morning whatever the server's zone and on either side of a change to or
 * from summer time. Runs when the winback window is chosen ({@code winbackWaitDays}).
 */
@Component("scheduleWinbackOffer")
class ScheduleWinbackOffer implements ExecutionListener {

    static final LocalTime OFFER_TIME = LocalTime.of(10, 0);

    private final Clock clock;

    ScheduleWinbackOffer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        int waitDays = ((Number) execution.getVariable(CancellationVariables.WINBACK_WAIT_DAYS)).intValue();
        execution.setVariable(CancellationVariables.WINBACK_OFFER_AT, Date.from(LocalDate.now(clock).plusDays(waitDays)
                .atTime(OFFER_TIME).atZone(clock.getZone()).toInstant()));
    }
}
