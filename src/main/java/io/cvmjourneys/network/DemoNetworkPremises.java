package io.cvmjourneys.network;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo only: a few streets with what the network reaches there, so moves in the demo meet every
 * case — fibre, copper only, fixed wireless only, mobile coverage only, and nothing at all.
 */
@Component
@Profile("demo")
@Order(10)
class DemoNetworkPremises implements ApplicationRunner {

    record Premises(String postcode, String houseNumber, String technology, int maxDownMbps) {
    }

    static final List<Premises> PREMISES = List.of(
            // Ancoats, Manchester: fibre to the premises, copper still there
            new Premises("M4 6BF", "12", "FIBRE", 900), new Premises("M4 6BF", "12", "COPPER", 70),
            new Premises("M4 6BF", "14", "FIBRE", 900), new Premises("M4 6BF", "14", "COPPER", 70),
            // Headingley, Leeds: copper only
            new Premises("LS6 3HN", "7", "COPPER", 55), new Premises("LS6 3HN", "9", "COPPER", 55),
            // Rural Oxfordshire: fixed wireless only
            new Premises("OX7 5QH", "2", "FIXED_WIRELESS", 300), new Premises("OX7 5QH", "2", "MOBILE_BROADBAND", 80),
            // Dartmoor: mobile coverage only
            new Premises("PL20 6SW", "1", "MOBILE_BROADBAND", 40));
    // Anything else (e.g. the new-build estate at EH30 9TF) is not reached by the network.

    private final JdbcClient jdbc;

    DemoNetworkPremises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Premises premises : PREMISES) {
            if (jdbc.sql("SELECT COUNT(*) FROM cvm.network_premises WHERE postcode = ? AND house_number = ? AND technology = ?")
                    .params(premises.postcode(), premises.houseNumber(), premises.technology()).query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO cvm.network_premises (postcode, house_number, technology, max_down_mbps) VALUES (?, ?, ?, ?)")
                        .params(premises.postcode(), premises.houseNumber(), premises.technology(), premises.maxDownMbps())
                        .update();
            }
        }
    }
}
