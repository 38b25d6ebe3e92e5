package io.cvmjourneys.nba;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.testsupport.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Every demo customer who calls, walks into a store or opens the app is asked for the next best
 * action: the agent or the app has something to propose for nearly all of them, and each policy
 * still holds, checked against the customer's own context rather than against what the engine says
 * it suppressed. The demo's control groups apply, as they do on a first run of the demo.
 */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = {"cvm.nba.holdout.cancellation-winback=0.1", "cvm.nba.holdout.loyalty=0.1",
        "cvm.nba.holdout.upsell-cross-sell=0.1", "cvm.nba.holdout.onboarding-activation=0.1", "cvm.nba.holdout.roaming=0.1", "cvm.nba.holdout.contract-renewal=0.1"})
class InboundCoverageTest {

    private static final double REQUIRED_COVERAGE = 0.95;

    record Inbound(MomentType moment, Channel channel) {
    }

    private static final List<Inbound> INBOUND = List.of(new Inbound(MomentType.CALL_CENTER_CONTACT, Channel.CALL_CENTER),
            new Inbound(MomentType.STORE_VISIT, Channel.STORE), new Inbound(MomentType.DIGITAL_VISIT, Channel.APP));

    @Autowired
    NextBestActionService service;
    @Autowired
    CustomerDirectory directory;
    @Autowired
    HoldoutGroups holdoutGroups;
    @Autowired
    NbaPolicies policies;
    @Autowired
    JdbcClient jdbc;

    @Test
    void nearlyEveryDemoCustomerWhoComesToUsGetsAProposalAndNoPolicyIsBroken() {
        List<String> customerIds = jdbc.sql("SELECT id FROM cvm.customer ORDER BY id").query(String.class).list();
        Map<String, Integer> proposedActions = new TreeMap<>();
        List<String> brokenPolicies = new ArrayList<>();
        for (Inbound inbound : INBOUND) {
            int answered = 0;
            for (String customerId : customerIds) {
                CustomerContext context = directory.context(customerId).orElseThrow();
                List<RankedAction> actions = service.decide(customerId, inbound.moment(), inbound.channel(), null).actions();
                answered += actions.isEmpty() ? 0 : 1;
                actions.forEach(action -> proposedActions.merge(action.actionId(), 1, Integer::sum));
                actions.stream().map(action -> brokenPolicy(context, action)).filter(broken -> !broken.isEmpty())
                        .forEach(broken -> brokenPolicies.add(customerId + " " + inbound + ": " + broken));
            }
            double coverage = (double) answered / customerIds.size();
            System.out.printf("%s in %s: %d of %d customers get a proposal (%.1f %%)%n", inbound.moment(),
                    inbound.channel(), answered, customerIds.size(), coverage * 100);
            assertThat(coverage).as("share of demo customers with a proposal at %s", inbound).isGreaterThanOrEqualTo(REQUIRED_COVERAGE);
        }
        System.out.println("Actions proposed at inbound contacts: " + proposedActions);

        assertThat(customerIds).hasSize(5000);
        assertThat(brokenPolicies).isEmpty();
        assertThat(proposedActions.keySet()).as("the inbound contacts use most of the catalog, each program's own offers")
                .contains("COMPLAINT_FOLLOW_UP", "HOME_BROADBAND_BUNDLE", "MOBILE_LINE_BUNDLE", "FAMILY_LINE",
                        "CONTRACT_RENEWAL_OFFER", "DEVICE_UPGRADE_OFFER", "LOYALTY_REWARD", "PAYMENT_PLAN", "OUTAGE_NOTICE");
    }

    /** What a policy forbids for this customer, read from the context alone; empty when the action may be proposed. */
    private String brokenPolicy(CustomerContext context, RankedAction action) {
        boolean commercial = action.kind() == ActionKind.COMMERCIAL;
        boolean coolingDown = context.lastComplaintResolvedAt()
                .map(resolved -> LocalDate.ofInstant(resolved, TestClock.OPERATOR_ZONE)
                        .plusDays(policies.complaintCooldown().days()).isAfter(TestClock.today()))
                .orElse(false);
        if (commercial && (context.hasOpenComplaint() || coolingDown)) {
            return action.actionId() + " offered during a complaint or its cooldown";
        }
        if (commercial && !context.openIncidentsInArea().isEmpty()) {
            return action.actionId() + " offered during an outage in the customer's area";
        }
        if (commercial && holdoutGroups.isHeldOut(context.customerId(), action.program())) {
            return action.actionId() + " offered to a customer in the " + action.program() + " control group";
        }
        if (context.billing().daysDelinquent() >= policies.delinquency().minDaysOverdue()
                && policies.delinquency().blockedPrograms().contains(action.program())) {
            return action.actionId() + " offered to a customer who owes us";
        }
        return "";
    }
}
