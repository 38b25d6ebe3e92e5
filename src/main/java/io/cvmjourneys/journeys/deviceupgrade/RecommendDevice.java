package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.devices.DeviceCatalog;
import io.cvmjourneys.devices.DeviceModel;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.journeys.NextBestOffers;
import io.cvmjourneys.journeys.NextBestOffers.ChosenOffer;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The next-best-action engine decides whether a device offer may be made and through which channel
 * (input parameter {@value DeviceUpgradeVariables#OFFER_CHANNELS}, best first): its policies keep
 * device offers from customers who owe money, whose area has an outage, or who have an open
 * complaint. When it may, the device catalog's best fit for the customer's usage profile, budget
 * band and segment is the device offered. Otherwise {@code recommendedDevice} stays empty and the
 * customer hears why in words they can act on.
 */
@Component("recommendDevice")
class RecommendDevice implements JavaDelegate {

    static final String NO_OFFER_NOW = "we cannot make you an upgrade offer at the moment; please ask us again in a few weeks";

    private final NextBestOffers offers;
    private final DeviceCatalog catalog;

    RecommendDevice(NextBestOffers offers, DeviceCatalog catalog) {
        this.offers = offers;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Channel> channels = Arrays.stream(JourneySteps.required(execution, DeviceUpgradeVariables.OFFER_CHANNELS)
                .split(",")).map(String::trim).map(Channel::valueOf).toList();
        Optional<ChosenOffer> offer = offers.firstOffer(execution,
                MomentType.valueOf(JourneySteps.required(execution, JourneyStartVariables.MOMENT_TYPE)), channels,
                DeviceUpgradeVariables.JOURNEY_STEP, DeviceUpgradeVariables.PROCESS_ID);
        Optional<DeviceModel> device = offer.flatMap(chosen -> catalog.bestFits(
                JourneySteps.required(execution, DeviceUpgradeVariables.USAGE_PROFILE),
                JourneySteps.required(execution, DeviceUpgradeVariables.BUDGET_BAND),
                JourneySteps.required(execution, JourneyVariables.CUSTOMER_SEGMENT), 1).stream().findFirst());
        execution.setVariable(DeviceUpgradeVariables.RECOMMENDED_DEVICE, device.map(DeviceModel::id).orElse(null));
        if (device.isEmpty()) {
            execution.setVariable(DeviceUpgradeVariables.INELIGIBLE_REASON, NO_OFFER_NOW);
            return;
        }
        execution.setVariable(DeviceUpgradeVariables.RECOMMENDED_DEVICE_NAME, device.get().name());
        execution.setVariable(DeviceUpgradeVariables.MONTHLY_INSTALMENT, "£" + device.get().monthlyInstalment());
        execution.setVariable(DeviceUpgradeVariables.ORDERED_DEVICE, device.get().id());
        execution.setVariable(DeviceUpgradeVariables.OFFER_ACTION, offer.get().action().actionId());
        execution.setVariable(DeviceUpgradeVariables.OFFER_CHANNEL, offer.get().channel().name());
        execution.setVariable(DeviceUpgradeVariables.OFFER_DECISION_ID, offer.get().decisionId());
    }
}
