package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.devices.DeviceCatalog;
import io.cvmjourneys.devices.DeviceModel;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.logistics.Logistics;
import io.cvmjourneys.logistics.Shipment;
import io.cvmjourneys.logistics.ShipmentRequest;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands the device and the accessories the store agent ticked to the logistics partner, once per
 * journey step (the step's reference is the order's idempotency key); the model runs it
 * asynchronously with retries, so a partner that is down delays the order instead of losing it.
 */
@Component("placeDeviceOrder")
class PlaceDeviceOrder implements JavaDelegate {

    static final Map<String, String> ACCESSORIES = Map.of(DeviceUpgradeVariables.ACCESSORY_CASE, "Protective case",
            DeviceUpgradeVariables.ACCESSORY_SCREEN_PROTECTOR, "Screen protector",
            DeviceUpgradeVariables.ACCESSORY_CHARGER, "Fast charger");

    private final DeviceCatalog catalog;
    private final Logistics logistics;

    PlaceDeviceOrder(DeviceCatalog catalog, Logistics logistics) {
        this.catalog = catalog;
        this.logistics = logistics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String deviceId = JourneySteps.required(execution, DeviceUpgradeVariables.ORDERED_DEVICE);
        DeviceModel device = catalog.find(deviceId).orElseThrow(() -> new IllegalStateException("Device '" + deviceId
                + "' is not on sale: correct " + DeviceUpgradeVariables.ORDERED_DEVICE + " and retry the order"));
        List<String> items = new ArrayList<>(List.of(device.name()));
        ACCESSORIES.keySet().stream().sorted()
                .filter(accessory -> Boolean.TRUE.equals(execution.getVariable(accessory)))
                .forEach(accessory -> items.add(ACCESSORIES.get(accessory)));
        Shipment shipment = logistics.order(new ShipmentRequest(JourneySteps.reference(execution),
                JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), items));
        execution.setVariable(DeviceUpgradeVariables.ORDERED_DEVICE_NAME, device.name());
        execution.setVariable(DeviceUpgradeVariables.ACCESSORIES_ORDERED, items.size() - 1);
        execution.setVariable(DeviceUpgradeVariables.ORDER_ID, shipment.orderId());
        execution.setVariable(DeviceUpgradeVariables.TRACKING_NUMBER, shipment.trackingNumber());
        execution.setVariable(DeviceUpgradeVariables.DELIVERY_STATUS, shipment.status().name());
    }
}
