package io.cvmjourneys.customer;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDeviceLeases implements DeviceLeases {

    private final JdbcClient jdbc;

    JdbcDeviceLeases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LeaseEnding> endingBetween(LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        SELECT customer_id, id, device_model, device_lease_end FROM cvm.subscription
                        WHERE device_lease_end BETWEEN ? AND ? AND cancelled_on IS NULL
                        ORDER BY device_lease_end, customer_id, id""")
                .params(from, until)
                .query((row, rowNumber) -> new LeaseEnding(row.getString("customer_id"), row.getString("id"),
                        row.getString("device_model"), row.getObject("device_lease_end", LocalDate.class)))
                .list();
    }
}
