package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What customers decide about being contacted, as the operator learns it after the fact (an opt-out from a message). */
@Repository
public class CustomerConsents {

    private final JdbcClient jdbc;

    CustomerConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The customer no longer wants messages of the purpose through the channel, from then on: kept
     * as a withdrawal, so it is known they decided. Answers whether they had consented until then.
     */
    @Transactional
    public boolean withdraw(String customerId, ConsentPurpose purpose, Channel channel, Instant at) {
        int withdrawn = jdbc.sql("UPDATE cvm.consent SET granted = FALSE, decided_at = ?"
                        + " WHERE customer_id = ? AND purpose = ? AND channel = ? AND granted = TRUE")
                .params(Timestamp.from(at), customerId, purpose.name(), channel.name()).update();
        if (withdrawn == 0) {
            jdbc.sql("""
                            INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at)
                            SELECT ?, ?, ?, FALSE, ? FROM cvm.customer WHERE id = ? AND NOT EXISTS (
                                SELECT 1 FROM cvm.consent WHERE customer_id = ? AND purpose = ? AND channel = ?)""")
                    .params(customerId, purpose.name(), channel.name(), Timestamp.from(at), customerId, customerId,
                            purpose.name(), channel.name())
                    .update();
        }
        return withdrawn > 0;
    }
}
