package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.logistics.Logistics;
import io.cvmjourneys.logistics.Shipment;
import io.cvmjourneys.logistics.ShipmentRequest;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A faulty device that is not upgraded goes to repair (the catalog's DEVICE_REPAIR): the logistics
 * partner sends a courier with a repair box; the journey then tells the customer its tracking number.
 */
@Component("arrangeDeviceRepair")
class ArrangeDeviceRepair implements JavaDelegate {

    private final Logistics logistics;

    ArrangeDeviceRepair(Logistics logistics) {
        this.logistics = logistics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Shipment pickup = logistics.order(new ShipmentRequest(JourneySteps.reference(execution),
                JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), List.of("Repair box and courier pickup for "
                        + JourneySteps.required(execution, DeviceUpgradeVariables.CURRENT_DEVICE))));
        execution.setVariable(DeviceUpgradeVariables.ORDER_ID, pickup.orderId());
        execution.setVariable(DeviceUpgradeVariables.TRACKING_NUMBER, pickup.trackingNumber());
    }
}
