package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.logistics.Logistics;
import io.cvmjourneys.logistics.Shipment;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the logistics partner where the parcel is; the journey checks again the next day until it is delivered. */
@Component("trackDeviceDelivery")
class TrackDeviceDelivery implements JavaDelegate {

    private final Logistics logistics;

    TrackDeviceDelivery(Logistics logistics) {
        this.logistics = logistics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Shipment shipment = logistics.track(JourneySteps.required(execution, DeviceUpgradeVariables.ORDER_ID));
        execution.setVariable(DeviceUpgradeVariables.DELIVERY_STATUS, shipment.status().name());
        execution.setVariable(DeviceUpgradeVariables.DELIVERED_AT,
                shipment.deliveredAt() == null ? null : Date.from(shipment.deliveredAt()));
    }
}
