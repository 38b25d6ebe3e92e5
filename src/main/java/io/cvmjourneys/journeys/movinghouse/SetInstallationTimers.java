package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.engine.JourneySteps;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * From the booked day: the reminder goes out the day before at {@link #REMINDER_TIME}; the
 * installation is late when it has not happened by the end of the day after the move (or after the
 * booked day, when the customer chose a later one).
 */
@Component("setInstallationTimers")
class SetInstallationTimers implements JavaDelegate {

    static final LocalTime REMINDER_TIME = LocalTime.of(10, 0);

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate installationDate = LocalDate.parse(JourneySteps.required(execution, MovingHouseVariables.INSTALLATION_DATE));
        LocalDate moveDate = MovingHouseVariables.moveDate(execution);
        LocalDate lastDayWithoutApology = (installationDate.isAfter(moveDate) ? installationDate : moveDate).plusDays(1);
        execution.setVariable(MovingHouseVariables.INSTALLATION_REMINDER_AT,
                Date.from(installationDate.minusDays(1).atTime(REMINDER_TIME).toInstant(ZoneOffset.UTC)));
        execution.setVariable(MovingHouseVariables.INSTALLATION_DEADLINE,
                Date.from(lastDayWithoutApology.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
