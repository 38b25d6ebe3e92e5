package io.cvmjourneys.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Selects customers of the base by what they are and have, in one query: a campaign's audience. */
@Service
public class CustomerSelection {

    private final JdbcClient jdbc;
    private final Clock clock;

    CustomerSelection(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The ids of the customers the filter takes, in id order. */
    public List<String> customerIds(CustomerFilter filter) {
        Query query = query(filter);
        return jdbc.sql("SELECT c.id FROM cvm.customer c WHERE " + query.where() + " ORDER BY c.id")
                .params(query.parameters()).query(String.class).list();
    }

    public long count(CustomerFilter filter) {
        Query query = query(filter);
        return jdbc.sql("SELECT COUNT(*) FROM cvm.customer c WHERE " + query.where())
                .params(query.parameters()).query(Long.class).single();
    }

    private record Query(String where, List<Object> parameters) {
    }

    private Query query(CustomerFilter filter) {
        LocalDate today = LocalDate.now(clock);
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        List<Object> parameters = new ArrayList<>();
        in(conditions, parameters, "c.segment", filter.segments(), Enum::name);
        in(conditions, parameters, "c.type", filter.types(), Enum::name);
        in(conditions, parameters, "c.area_code", filter.areas(), area -> area);
        if (filter.minTenureMonths() != null) {
            conditions.add("c.customer_since <= ?");
            parameters.add(today.minusMonths(filter.minTenureMonths()));
        }
        if (filter.maxTenureMonths() != null) {
            // a tenure of at most N whole months: joined less than N + 1 months ago
            conditions.add("c.customer_since > ?");
            parameters.add(today.minusMonths(filter.maxTenureMonths() + 1L));
        }
        if (filter.minClv() != null) {
            conditions.add("c.clv >= ?");
            parameters.add(filter.minClv());
        }
        if (filter.maxClv() != null) {
            conditions.add("c.clv <= ?");
            parameters.add(filter.maxClv());
        }
        if (!filter.productLines().isEmpty()) {
            List<String> lines = new ArrayList<>();
            in(lines, parameters, "s.product_type", filter.productLines(), line -> line);
            conditions.add("EXISTS (SELECT 1 FROM cvm.subscription s WHERE s.customer_id = c.id AND s.cancelled_on IS NULL"
                    + " AND " + lines.get(0) + ")");
        }
        if (filter.device() != null) {
            conditions.add("EXISTS (SELECT 1 FROM cvm.subscription s WHERE s.customer_id = c.id AND s.cancelled_on IS NULL"
                    + " AND LOWER(s.device_model) LIKE ? ESCAPE '!')");
            parameters.add("%" + filter.device().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.consentPurpose() != null && !filter.consentChannels().isEmpty()) {
            List<String> channels = new ArrayList<>();
            parameters.add(filter.consentPurpose().name());
            in(channels, parameters, "g.channel", filter.consentChannels(), Enum::name);
            conditions.add("EXISTS (SELECT 1 FROM cvm.consent g WHERE g.customer_id = c.id AND g.granted = TRUE"
                    + " AND g.purpose = ? AND " + channels.get(0) + ")");
        }
        return new Query(String.join(" AND ", conditions), parameters);
    }

    private static <T> void in(List<String> conditions, List<Object> parameters, String column, Collection<T> values,
                               Function<? super T, ?> asParameter) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
            values.stream().sorted().map(asParameter).forEach(parameters::add);
        }
    }
}
