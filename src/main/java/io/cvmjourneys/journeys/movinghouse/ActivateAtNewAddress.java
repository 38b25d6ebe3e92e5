package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.customer.HomeMoves;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The installation is done: the connection lives at the new address from today, with the
 * technology and fee the service option set, and billing moves with it on the same day. Records
 * the journey's time-to-activation and disruption KPIs.
 */
@Component("activateAtNewAddress")
class ActivateAtNewAddress implements JavaDelegate {

    private final HomeMoves homeMoves;
    private final Clock clock;

    ActivateAtNewAddress(HomeMoves homeMoves, Clock clock) {
        this.homeMoves = homeMoves;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate activationDate = LocalDate.now(clock);
        Object newFee = execution.getVariable(MovingHouseVariables.NEW_MONTHLY_FEE);
        homeMoves.moveHome(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                MovingHouseVariables.newAddress(execution), (String) execution.getVariable(MovingHouseVariables.NEW_TECHNOLOGY),
                newFee == null ? null : BigDecimal.valueOf(((Number) newFee).doubleValue()), activationDate,
                JourneySteps.reference(execution));
        long daysFromMove = ChronoUnit.DAYS.between(MovingHouseVariables.moveDate(execution), activationDate);
        execution.setVariable(MovingHouseVariables.ACTIVATION_DATE, activationDate.toString());
        execution.setVariable(MovingHouseVariables.DAYS_MOVE_TO_ACTIVATION, (int) daysFromMove);
        execution.setVariable(MovingHouseVariables.DISRUPTION_DAYS, (int) Math.max(0, daysFromMove));
    }
}
