package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.engine.JourneySteps;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * From the booked day, in the operator's zone: the reminder goes out the day before at {@link #REMINDER_TIME}; the
 * installation is late when it has not happened by the end of the day after the move (or after the
 * booked day, when the customer chose a later one).
 */
@Component("setInstallationTimers")
class SetInstallationTimers implements JavaDelegate {

    static final LocalTime REMINDER_TIME = LocalTime.of(10, 0);

    private final Clock clock;

    SetInstallationTimers(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate installationDate = LocalDate.parse(JourneySteps.required(execution, MovingHouseVariables.INSTALLATION_DATE));
        LocalDate moveDate = MovingHouseVariables.moveDate(execution);
        LocalDate lastDayWithoutApology = (installationDate.isAfter(moveDate) ? installationDate : moveDate).plusDays(1);
        execution.setVariable(MovingHouseVariables.INSTALLATION_REMINDER_AT,
                Date.from(installationDate.minusDays(1).atTime(REMINDER_TIME).atZone(clock.getZone()).toInstant()));
        execution.setVariable(MovingHouseVariables.INSTALLATION_DEADLINE,
                Date.from(lastDayWithoutApology.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }
}
