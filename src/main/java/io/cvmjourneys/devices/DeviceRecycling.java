package io.cvmjourneys.devices;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What became of a customer's old device after an upgrade, once per journey step (the reference). */
@Service
public class DeviceRecycling {

    private final JdbcClient jdbc;

    DeviceRecycling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param handedIn       whether the customer handed the old device in (traded in, then recycled)
     * @param conditionGrade the store's grade, A to D; null when the device was kept
     */
    @Transactional
    public void record(String reference, String customerId, String oldDevice, boolean handedIn, String conditionGrade,
                       BigDecimal tradeInValue, Instant at) {
        jdbc.sql("""
                        INSERT INTO cvm.device_recycling (reference, customer_id, old_device, handed_in, condition_grade,
                                                          trade_in_value, recorded_at)
                        SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM cvm.device_recycling WHERE reference = ?)""")
                .params(reference, customerId, oldDevice, handedIn, conditionGrade, tradeInValue, Timestamp.from(at), reference)
                .update();
    }
}
