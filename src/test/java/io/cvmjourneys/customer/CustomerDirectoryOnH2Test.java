package io.cvmjourneys.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerDirectoryOnH2Test extends CustomerDirectoryTest {

    /** H2 counts every statement it runs; one customer has many rows in every table, the other next to none. */
    @Test
    void theContextTakesAFixedNumberOfQueriesWhateverTheCustomerHas() {
        jdbc.sql("SET QUERY_STATISTICS_MAX_ENTRIES 10000").update();
        jdbc.sql("SET QUERY_STATISTICS TRUE").update();

        long rich = queriesDuring(() -> directory.context(CustomerFixture.RICH));
        long sparse = queriesDuring(() -> directory.context(CustomerFixture.SPARSE));

        // one query per table, and one by the engine for the customer's journeys (none here)
        assertThat(rich).isEqualTo(sparse).isEqualTo(JdbcCustomerDirectory.QUERIES_PER_CONTEXT + 1);
    }

    private long queriesDuring(Runnable read) {
        long before = queriesSoFar();
        read.run();
        return queriesSoFar() - before;
    }

    /** Reads of tables only: not the statistics themselves, not transaction control. */
    private long queriesSoFar() {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS
                        WHERE UPPER(SQL_STATEMENT) LIKE 'SELECT %' AND SQL_STATEMENT NOT LIKE '%INFORMATION_SCHEMA%'""")
                .query(Long.class).single();
    }
}
