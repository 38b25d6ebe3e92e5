package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.devices.DeviceRecycling;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.math.BigDecimal;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records what became of the old device: handed in at grading (recycled, with its grade and value) or kept. */
@Component("recordDeviceRecycling")
class RecordDeviceRecycling implements JavaDelegate {

    static final String KEPT = "NONE";

    private final DeviceRecycling recycling;
    private final Clock clock;

    RecordDeviceRecycling(DeviceRecycling recycling, Clock clock) {
        this.recycling = recycling;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String grade = JourneySteps.required(execution, DeviceUpgradeVariables.CONDITION_GRADE);
        boolean handedIn = !KEPT.equals(grade);
        Number value = (Number) execution.getVariable(DeviceUpgradeVariables.TRADE_IN_VALUE);
        recycling.record(JourneySteps.reference(execution), JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                JourneySteps.required(execution, DeviceUpgradeVariables.CURRENT_DEVICE), handedIn, handedIn ? grade : null,
                BigDecimal.valueOf(value.longValue()), clock.instant());
        execution.setVariable(DeviceUpgradeVariables.OLD_DEVICE_HANDED_IN, handedIn);
    }
}
