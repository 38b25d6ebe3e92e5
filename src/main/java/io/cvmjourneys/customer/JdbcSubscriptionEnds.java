package io.cvmjourneys.customer;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What ends on running subscriptions in a window of days: device leases and contracts. */
@Repository
class JdbcSubscriptionEnds implements DeviceLeases, Contracts {

    private final JdbcClient jdbc;

    JdbcSubscriptionEnds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LeaseEnding> endingBetween(LocalDate from, LocalDate until) {
        return ending("device_lease_end", from, until, (row, n) -> new LeaseEnding(row.getString("customer_id"),
                row.getString("id"), row.getString("device_model"), row.getObject("device_lease_end", LocalDate.class)));
    }

    @Override
    public List<ContractEnding> contractsEndingBetween(LocalDate from, LocalDate until) {
        return ending("contract_end", from, until, (row, n) -> new ContractEnding(row.getString("customer_id"),
                row.getString("id"), row.getObject("contract_end", LocalDate.class)));
    }

    /** {@code column} is one of this class's own date columns, never a caller's text. */
    private <T> List<T> ending(String column, LocalDate from, LocalDate until, RowMapper<T> rows) {
        return jdbc.sql("SELECT customer_id, id, device_model, " + column + " FROM cvm.subscription WHERE " + column
                        + " BETWEEN ? AND ? AND cancelled_on IS NULL ORDER BY " + column + ", customer_id, id")
                .params(from, until)
                .query(rows)
                .list();
    }
}
