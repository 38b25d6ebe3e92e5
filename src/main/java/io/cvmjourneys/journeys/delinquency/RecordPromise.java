package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.engine.JourneySteps;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A promise to pay (from the agent's call or the customer's own PROMISE_TO_PAY): the ladder waits until the date plus grace. */
@Component("recordPromise")
class RecordPromise implements JavaDelegate {

    private final CollectionSteps steps;
    private final Clock clock;

    RecordPromise(CollectionSteps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the form's date field may carry a time; the day is what was promised
        String promised = JourneySteps.required(execution, DelinquencyVariables.PROMISED_DATE);
        LocalDate promisedDate = LocalDate.parse(promised.length() > 10 ? promised.substring(0, 10) : promised);
        execution.setVariable(DelinquencyVariables.PROMISE_DEADLINE, Deadlines.endOfDayPlus(promisedDate,
                JourneySteps.required(execution, DelinquencyVariables.PAYMENT_GRACE), clock.getZone()));
        steps.record(execution, "PROMISE_TO_PAY", "MADE", "to pay by " + promisedDate);
    }
}
