package io.cvmjourneys.devices;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A device on sale: its price and monthly instalment, the usage profile and budget band it serves
 * (BASIC, EVERYDAY, HEAVY_DATA, BUSINESS; BUDGET, MID, PREMIUM) and the customer segments it suits.
 */
public record DeviceModel(String id, String name, String brand, BigDecimal price, BigDecimal monthlyInstalment,
                          String usageProfile, String budgetBand, Set<String> segmentFit) {

    public DeviceModel {
        segmentFit = Set.copyOf(segmentFit);
    }
}
