package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.devices.DeviceCatalog;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Two weeks after delivery: has the network seen the new device on the customer's line since it arrived? */
@Component("checkDeviceAdoption")
class CheckDeviceAdoption implements JavaDelegate {

    private final DeviceCatalog catalog;

    CheckDeviceAdoption(DeviceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date delivered = (Date) execution.getVariable(DeviceUpgradeVariables.DELIVERED_AT);
        execution.setVariable(DeviceUpgradeVariables.NEW_DEVICE_IN_USE, catalog.inUseSince(
                JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                JourneySteps.required(execution, DeviceUpgradeVariables.ORDERED_DEVICE), delivered.toInstant()));
    }
}
