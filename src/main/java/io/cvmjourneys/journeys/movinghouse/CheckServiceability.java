package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.customer.Address;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.HomeMoves;
import io.cvmjourneys.customer.Subscription;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.network.NetworkInventory;
import io.cvmjourneys.network.Serviceability;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the network inventory what reaches the new address and sets it beside the customer's
 * current home connection, for the service option decision ({@code movingHouseServiceOption}).
 */
@Component("checkServiceability")
class CheckServiceability implements JavaDelegate {

    private final CustomerDirectory customers;
    private final NetworkInventory network;
    private final HomeMoves homeMoves;
    private final Clock clock;

    CheckServiceability(CustomerDirectory customers, NetworkInventory network, HomeMoves homeMoves, Clock clock) {
        this.customers = customers;
        this.network = network;
        this.homeMoves = homeMoves;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        Optional<Subscription> connection = customers.context(customerId).map(CustomerContext::subscriptions)
                .orElseThrow(() -> new IllegalStateException("Journey " + execution.getProcessInstanceId()
                        + " is for customer " + customerId + ", who is not known")).stream().filter(subscription -> HomeMoves.HOME_CONNECTION.equals(subscription.productType())).findFirst();
        String current = connection.map(Subscription::technology).orElse(MovingHouseVariables.NO_HOME_CONNECTION);
        Address newAddress = MovingHouseVariables.newAddress(execution);
        Serviceability there = network.serviceability(newAddress.postcode(), newAddress.houseNumber());

        execution.setVariable(MovingHouseVariables.CURRENT_ADDRESS, homeMoves.billedAddress(customerId, LocalDate.now(clock))
                .map(Address::oneLine).orElse("not on record"));
        execution.setVariable(MovingHouseVariables.CURRENT_TECHNOLOGY, current);
        execution.setVariable(MovingHouseVariables.CURRENT_MONTHLY_FEE,
                connection.map(subscription -> subscription.monthlyFee().doubleValue()).orElse(0.0));
        execution.setVariable(MovingHouseVariables.AVAILABLE_TECHNOLOGIES, there.describe());
        execution.setVariable(MovingHouseVariables.CURRENT_TECHNOLOGY_AVAILABLE, there.offers(current));
        execution.setVariable(MovingHouseVariables.FIBRE_AVAILABLE, there.offers(Serviceability.FIBRE));
        execution.setVariable(MovingHouseVariables.FIXED_WIRELESS_AVAILABLE, there.offers(Serviceability.FIXED_WIRELESS));
        execution.setVariable(MovingHouseVariables.MOBILE_BROADBAND_AVAILABLE, there.offers(Serviceability.MOBILE_BROADBAND));
    }
}
