package io.cvmjourneys.network;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inventory as application data ({@code cvm.network_premises}), until a real inventory system is wired in. */
@Repository
class InProcessNetworkInventory implements NetworkInventory {

    private final JdbcClient jdbc;

    InProcessNetworkInventory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Serviceability serviceability(String postcode, String houseNumber) {
        return new Serviceability(jdbc.sql("""
                        SELECT technology, max_down_mbps FROM cvm.network_premises
                        WHERE postcode = ? AND house_number = ? ORDER BY max_down_mbps DESC, technology""")
                .params(postcode.strip().toUpperCase(Locale.ROOT), houseNumber.strip())
                .query((row, n) -> new Serviceability.Offer(row.getString("technology"), row.getInt("max_down_mbps")))
                .list());
    }
}
