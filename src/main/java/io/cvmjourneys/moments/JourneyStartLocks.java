package io.cvmjourneys.moments;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises what the intake decides per customer and key (a journey kind for starts, one key for
 * all of a customer's events), on every node of a cluster: the row lock lasts until the deciding
 * transaction commits.
 */
@Component
class JourneyStartLocks {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    JourneyStartLocks(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(String customerId, String journey) {
        createRowIfMissing(customerId, journey);
        jdbc.sql("SELECT customer_id FROM cvm.journey_start_lock WHERE customer_id = ? AND journey = ? FOR UPDATE")
                .params(customerId, journey)
                .query(String.class)
                .single();
    }

    /** In a transaction of its own, so a concurrent insert of the same row costs only that transaction. */
    private void createRowIfMissing(String customerId, String journey) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            INSERT INTO cvm.journey_start_lock (customer_id, journey)
                            SELECT ?, ? WHERE NOT EXISTS
                              (SELECT 1 FROM cvm.journey_start_lock WHERE customer_id = ? AND journey = ?)""")
                    .params(customerId, journey, customerId, journey)
                    .update());
        } catch (DuplicateKeyException alreadyThere) {
            // Another moment for the same customer created it a moment ago: the row is what we need.
        }
    }
}
