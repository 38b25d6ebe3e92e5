package io.cvmjourneys.journeys.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.journeys.DailyMomentScans;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.testsupport.TestClock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The daily contract scan raises each contract in its window once, however often it runs. */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
class RenewalMomentsTest {

    @Autowired
    ContractEndScan scan;
    @Autowired
    DailyMomentScans scans;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDailyScanStartsOneRenewalPerContractEndingInTheWindowHoweverOftenItRuns() {
        LocalDate today = TestClock.today();
        customerWithContract("CUST-RNSC01", today.plusDays(10), null);
        customerWithContract("CUST-RNSC02", today.plusDays(60), null);
        customerWithContract("CUST-RNSC03", today.plusDays(5), null);
        customerWithContract("CUST-RNSC04", today.plusDays(61), null);
        customerWithContract("CUST-RNSC05", today.plusDays(20), today.minusDays(3));

        Map<MomentAnswer.Status, Integer> first = scans.run(scan);
        Map<MomentAnswer.Status, Integer> second = scans.run(scan);

        assertThat(first).containsExactlyEntriesOf(Map.of(MomentAnswer.Status.STARTED, 2));
        assertThat(second).as("the same contracts, answered as before").isEqualTo(first);
        assertThat(journeysOf("CUST-RNSC01")).isOne();
        assertThat(journeysOf("CUST-RNSC02")).as("the window's last day").isOne();
        assertThat(journeysOf("CUST-RNSC03")).as("too late for a renewal offer").isZero();
        assertThat(journeysOf("CUST-RNSC04")).as("after the 60-day window").isZero();
        assertThat(journeysOf("CUST-RNSC05")).as("line cancelled").isZero();
        assertThat(jdbc.sql("SELECT event_id FROM cvm.moment_event WHERE type = 'CONTRACT_ENDING' ORDER BY event_id")
                .query(String.class).list()).containsExactly(
                "contract-ending:CUST-RNSC01:SUB-CUST-RNSC01:" + today.plusDays(10),
                "contract-ending:CUST-RNSC02:SUB-CUST-RNSC02:" + today.plusDays(60));
    }

    private long journeysOf(String customer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(RenewalVariables.PROCESS_ID)
                .processInstanceBusinessKey(customer).count();
    }

    private void customerWithContract(String customer, LocalDate contractEnd, LocalDate cancelledOn) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Cora Scanner', ?, 'cora@example.org', 'POSTPAID', 'MASS', DATE '2024-01-01', 1200, 40, 'A03', FALSE)""")
                .params(customer, "+34 644 " + customer.substring(5)).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end, cancelled_on)
                        VALUES (?, ?, 'MOBILE', 'Unlimited 5G', '5G', 30, ?, ?)""")
                .params("SUB-" + customer, customer, contractEnd, cancelledOn).update();
    }
}
