package io.cvmjourneys.devices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The devices on sale, and which of them the network has seen a customer use. Read from the
 * database on every call (a few dozen rows), so a model taken off sale is never offered again.
 */
@Service
public class DeviceCatalog {

    private static final String SELECT = "SELECT id, name, brand, price, monthly_instalment, usage_profile, budget_band,"
            + " segment_fit FROM cvm.device_model";

    private final JdbcClient jdbc;

    DeviceCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DeviceModel> find(String deviceId) {
        return jdbc.sql(SELECT + " WHERE id = ? AND available = TRUE").param(deviceId).query(DeviceCatalog::model).optional();
    }

    /**
     * The models on sale that fit a customer best, best first: the usage profile matters most, then
     * the budget band, then whether the model suits the segment; among equals the richer model first.
     */
    public List<DeviceModel> bestFits(String usageProfile, String budgetBand, String segment, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE available = TRUE
                        ORDER BY CASE WHEN usage_profile = ? THEN 0 ELSE 1 END,
                                 CASE WHEN budget_band = ? THEN 0 ELSE 1 END,
                                 CASE WHEN ',' || segment_fit || ',' LIKE ? THEN 0 ELSE 1 END,
                                 price DESC, id""")
                .params(usageProfile, budgetBand, "%," + segment + ",%")
                .query(DeviceCatalog::model)
                .list().stream().limit(limit).toList();
    }

    /** Whether the network has seen the customer use the model since the given time. */
    public boolean inUseSince(String customerId, String deviceId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.device_usage WHERE customer_id = ? AND device_model_id = ? AND last_seen_at >= ?")
                .params(customerId, deviceId, Timestamp.from(since)).query(Long.class).single() > 0;
    }

    private static DeviceModel model(ResultSet row, int rowNumber) throws SQLException {
        return new DeviceModel(row.getString("id"), row.getString("name"), row.getString("brand"), row.getBigDecimal("price"),
                row.getBigDecimal("monthly_instalment"), row.getString("usage_profile"), row.getString("budget_band"),
                Arrays.stream(row.getString("segment_fit").split(",")).map(String::trim).collect(Collectors.toSet()));
    }
}
