package io.cvmjourneys.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only: customers who join us during the demo's past (a friend someone referred, say), as the
 * operator's CRM would add them: a profile, the products of their kind and their consents, joining
 * on the day the demo's clock shows. Their ids follow the generated base's.
 */
@Component
@Profile("demo")
public class DemoNewcomers {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoNewcomers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a customer who joins today; answers their id. */
    @Transactional
    public String joinToday(SplittableRandom random) {
        Integer customers = jdbc.queryForObject("SELECT COUNT(*) FROM cvm.customer", Integer.class);
        int number = (customers == null ? 0 : customers) + 1;
        CustomerBase newcomer = DemoCustomerGenerator.newcomer(number, LocalDate.now(clock), clock.getZone(), random);
        new CustomerBaseWriter(jdbc).write(newcomer);
        return newcomer.customers().get(0).id();
    }
}
