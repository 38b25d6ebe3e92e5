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
 * transaction commits. The row is created first, in a short transaction of its own, so that no
 * intake call ever holds two connections at once (a burst of moments would empty the pool).
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

    /** Before the deciding transaction; a concurrent insert of the same row costs only this short transaction. */
    void prepare(String customerId, String journey) {
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

    /** Inside the deciding transaction, after {@link #prepare}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(String customerId, String journey) {
        jdbc.sql("SELECT customer_id FROM cvm.journey_start_lock WHERE customer_id = ? AND journey = ? FOR UPDATE")
                .params(customerId, journey)
                .query(String.class)
                .single();
    }
}
