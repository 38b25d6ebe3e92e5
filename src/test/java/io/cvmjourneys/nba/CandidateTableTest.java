package io.cvmjourneys.nba;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.moments.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The candidate table as CVM managers wrote it: one test row per rule, on the same fast DMN setup the pipeline uses. */
class CandidateTableTest {

    private static final Path TABLE = Path.of("dmn/next-best-action-candidates.dmn");
    private static CandidateTable table;
    private static Map<String, Action> catalog;

    @BeforeAll
    static void parseTheTable() throws IOException {
        DmnEngine dmnEngine = DeployedCandidateTable.fastDmnEngine();
        try (InputStream model = Files.newInputStream(TABLE)) {
            table = new CandidateTable(dmnEngine, dmnEngine.parseDecision(CandidateTable.DECISION_KEY, model), "file", 1);
        }
        catalog = new HashMap<>();
        for (String id : outputActionIds()) {
            catalog.put(id, new Action(id, id, "test", ActionKind.COMMERCIAL, Set.of(Channel.values()),
                    BigDecimal.valueOf(100), null, null, false, ConsentPurpose.MARKETING, true));
        }
    }

    /** A customer and moment that no rule speaks to. */
    private static VariableMap neutral() {
        return Variables.createVariables()
                .putValue("moment", "DIGITAL_VISIT").putValue("channel", "APP").putValue("journeyStep", "")
                .putValue("customerType", "POSTPAID").putValue("segment", "MASS").putValue("tenureMonths", 12)
                .putValue("daysToContractEnd", 9999).putValue("daysToLeaseEnd", 9999).putValue("daysDelinquent", 0)
                .putValue("outageInArea", false).putValue("complaintOpen", false)
                .putValue("daysSinceComplaintResolved", 9999).putValue("mobileLines", 2).putValue("homeConnections", 1);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                row("RetainHighValue", Map.of("moment", "CANCELLATION_REQUEST", "segment", "VIP"), "RETENTION_DISCOUNT_20"),
                row("RetainMassMarket", Map.of("moment", "PORT_OUT_REQUEST"), "RETENTION_DISCOUNT_10"),
                row("OfferCheaperPlan", Map.of("moment", "CANCELLATION_REQUEST"), "PLAN_DOWNGRADE_OPTION"),
                row("FixServiceBeforeDiscount", Map.of("moment", "CANCELLATION_REQUEST", "outageInArea", true), "FIX_SERVICE_FIRST"),
                row("RetainWithPaymentPlan", Map.of("moment", "CANCELLATION_REQUEST", "daysDelinquent", 3), "PAYMENT_PLAN"),
                row("WinBackLostCustomer", Map.of("journeyStep", "WINBACK"), "WINBACK_THREE_MONTHS_FREE"),
                row("RenewBeforeContractEnds", Map.of("daysToContractEnd", 60), "CONTRACT_RENEWAL_OFFER"),
                row("HelpDelinquentCustomerPay", Map.of("daysDelinquent", 1), "PAYMENT_PLAN"),
                row("RemindOfOverdueInvoice", Map.of("moment", "INVOICE_OVERDUE", "daysDelinquent", 1), "DUNNING_REMINDER"),
                row("RemindBeforeDueDate", Map.of("moment", "INVOICE_ISSUED", "journeyStep", "PAYMENT_REMINDER"), "PAYMENT_REMINDER"),
                row("OfferDirectDebit", Map.of("moment", "INVOICE_ISSUED", "journeyStep", "DIRECT_DEBIT_OFFER"), "DIRECT_DEBIT_OFFER"),
                row("RemindOfOverdueInvoiceInContact", Map.of("daysDelinquent", 15), "DUNNING_REMINDER"),
                row("TellAboutOutage", Map.of("outageInArea", true), "OUTAGE_NOTICE"),
                row("AnnounceOutage", Map.of("moment", "SERVICE_OUTAGE"), "OUTAGE_NOTICE"),
                row("ApologiseForOutage", Map.of("moment", "CALL_CENTER_CONTACT", "outageInArea", true), "SERVICE_APOLOGY_CREDIT"),
                row("SellExtraData", Map.of("moment", "ALLOWANCE_EXCEEDED"), "DATA_ADDON_5GB"),
                row("TeachUsageTracking", Map.of("moment", "ALLOWANCE_EXCEEDED", "tenureMonths", 5), "USAGE_TIP"),
                row("BundleHomeBroadband", Map.of("moment", "STORE_VISIT", "segment", "HIGH_VALUE", "homeConnections", 0),
                        "HOME_BROADBAND_BUNDLE"),
                row("MovePrepaidToMonthly", Map.of("customerType", "PREPAID", "tenureMonths", 12), "POSTPAID_MIGRATION"),
                row("UpgradeWhenLeaseEnds", Map.of("daysToLeaseEnd", 0), "DEVICE_UPGRADE_OFFER"),
                row("UpgradeOnRequest", Map.of("moment", "UPGRADE_REQUESTED"), "DEVICE_UPGRADE_OFFER"),
                row("RepairFaultyDevice", Map.of("moment", "DEVICE_MALFUNCTION"), "DEVICE_REPAIR"),
                row("UpgradeFaultyLeasedDevice", Map.of("moment", "DEVICE_MALFUNCTION", "daysToLeaseEnd", 180), "DEVICE_UPGRADE_OFFER"),
                row("FibreAtNewHome", Map.of("moment", "MOVE_REQUESTED", "customerType", "HOME"), "FIBRE_UPGRADE_AT_NEW_ADDRESS"),
                row("SecureTheNewHome", Map.of("moment", "INSTALLATION_COMPLETED"), "HOME_SECURITY_ADDON"),
                row("RewardLoyalty", Map.of("tenureMonths", 36), "LOYALTY_REWARD"),
                row("CallBackAboutComplaint", Map.of("moment", "COMPLAINT_SUBMITTED"), "COMPLAINT_CALLBACK"),
                row("FibreWhileBookingTheMove", Map.of("moment", "MOVE_REQUESTED", "journeyStep", "CROSS_SELL_UPGRADE",
                        "customerType", "POSTPAID"), "FIBRE_UPGRADE_AT_NEW_ADDRESS"),
                row("NoticeBeforeBarring", Map.of("moment", "INVOICE_OVERDUE", "journeyStep", "BARRING", "daysDelinquent", 20),
                        "BARRING_NOTICE"),
                row("SellBiggerPlan", Map.of("moment", "ALLOWANCE_EXCEEDED"), "PLAN_UPGRADE"),
                row("SellBiggerPackage", Map.of("moment", "PACKAGE_RAN_OUT_EARLY", "customerType", "PREPAID", "tenureMonths", 6),
                        "PREPAID_BIGGER_PACKAGE"),
                row("SellPackageAutoRenewal", Map.of("moment", "PACKAGE_EXPIRED", "customerType", "PREPAID", "tenureMonths", 6),
                        "PACKAGE_AUTO_RENEW"),
                row("SellAutoTopUp", Map.of("moment", "BALANCE_RAN_OUT", "customerType", "PREPAID", "tenureMonths", 6), "AUTO_TOP_UP"),
                row("SellMultiDevicePlan", Map.of("moment", "ADDON_ACTIVATED"), "MULTI_DEVICE_PLAN"),
                row("SellFasterFibre", Map.of("moment", "HOME_DEVICE_CHANGED", "customerType", "HOME"), "FIBRE_SPEED_UPGRADE"),
                row("FollowUpOpenComplaint", Map.of("moment", "STORE_VISIT", "complaintOpen", true), "COMPLAINT_FOLLOW_UP"),
                row("CheckComplaintFixHeld", Map.of("moment", "CALL_CENTER_CONTACT", "daysSinceComplaintResolved", 30),
                        "COMPLAINT_FOLLOW_UP"),
                row("WelcomeNewCustomer", Map.of("tenureMonths", 2), "WELCOME_SETUP_HELP"),
                row("BundleHomeBroadbandMass", Map.of("moment", "CALL_CENTER_CONTACT", "homeConnections", 0),
                        "HOME_BROADBAND_BUNDLE"),
                row("BundleMobileWithHome", Map.of("customerType", "HOME", "mobileLines", 0, "homeConnections", 1),
                        "MOBILE_LINE_BUNDLE"),
                row("AddFamilyLine", Map.of("moment", "STORE_VISIT", "mobileLines", 1), "FAMILY_LINE"),
                row("OfferRoamingPass", Map.of("moment", "ROAMING_STARTED", "channel", "SMS"), "ROAMING_PASS"),
                row("SaveWithLineCheck", Map.of("moment", "CHURN_RISK", "journeyStep", "SAVE_SERVICE"), "LINE_CHECK_WITH_CREDIT"),
                row("SaveWithPriorityCare", Map.of("moment", "CHURN_RISK", "journeyStep", "SAVE_CARE"), "PRIORITY_CARE"),
                row("SaveWithBillReview", Map.of("moment", "CHURN_RISK", "journeyStep", "SAVE_BILL"), "BILL_REVIEW"),
                row("SaveWithPriceMatch", Map.of("moment", "CHURN_RISK", "journeyStep", "SAVE_PRICE"), "PRICE_MATCH_DISCOUNT"),
                row("SaveWithThankYou", Map.of("moment", "CHURN_RISK", "journeyStep", "SAVE_LOYALTY"), "LOYALTY_THANK_YOU_CREDIT"),
                row("MatchPriceWhenPortingOut", Map.of("moment", "PORT_OUT_REQUEST", "channel", "CALL_CENTER"),
                        "PRICE_MATCH_DISCOUNT"),
                row("InviteLoyalCustomersToRefer", Map.of("moment", "STORE_VISIT", "tenureMonths", 30), "REFER_A_FRIEND"));
    }

    @ParameterizedTest(name = "{0} proposes {2}")
    @MethodSource("rules")
    void eachRuleProposesItsAction(String rule, Map<String, Object> facts, String expectedAction) {
        VariableMap variables = neutral();
        variables.putAll(facts);

        List<Candidate> candidates = table.propose(variables, catalog);

        assertThat(candidates).extracting(Candidate::actionId).contains(expectedAction);
        Candidate proposed = candidates.stream().filter(c -> c.actionId().equals(expectedAction)).findFirst().orElseThrow();
        assertThat(proposed.propensity()).isBetween(0.0, 1.0);
        assertThat(proposed.reason()).isNotBlank();
    }

    @Test
    void everyRuleHasATestRow() throws IOException {
        List<String> ruleIds = Pattern.compile("<rule id=\"Rule_(\\w+)\"").matcher(Files.readString(TABLE)).results()
                .map(match -> match.group(1)).toList();
        assertThat(rules().map(arguments -> (String) arguments.get()[0])).containsExactlyInAnyOrderElementsOf(ruleIds);
    }

    @Test
    void aCustomerNoRuleSpeaksToGetsNoCandidates() {
        assertThat(table.propose(neutral(), catalog)).isEmpty();
    }

    @Test
    void boundariesAreWhereTheTableSaysTheyAre() {
        VariableMap contractInSixtyOneDays = neutral();
        contractInSixtyOneDays.putValue("daysToContractEnd", 61);
        assertThat(table.propose(contractInSixtyOneDays, catalog)).isEmpty();

        VariableMap prepaidElevenMonths = neutral();
        prepaidElevenMonths.putValue("customerType", "PREPAID");
        prepaidElevenMonths.putValue("tenureMonths", 11);
        assertThat(table.propose(prepaidElevenMonths, catalog)).isEmpty();

        VariableMap complaintSolvedThirtyOneDaysAgo = neutral();
        complaintSolvedThirtyOneDaysAgo.putValue("daysSinceComplaintResolved", 31);
        assertThat(table.propose(complaintSolvedThirtyOneDaysAgo, catalog)).isEmpty();

        VariableMap threeMonthsIn = neutral();
        threeMonthsIn.putValue("tenureMonths", 3);
        assertThat(table.propose(threeMonthsIn, catalog)).isEmpty();
    }

    @Test
    void convergenceOffersGoOnlyToHouseholdsMissingTheOtherProduct() {
        VariableMap homeWithMobile = neutral();
        homeWithMobile.putValue("customerType", "HOME");
        homeWithMobile.putValue("mobileLines", 1);
        assertThat(table.propose(homeWithMobile, catalog)).isEmpty();

        VariableMap mobileOnlyVip = neutral();
        mobileOnlyVip.putValue("moment", "STORE_VISIT");
        mobileOnlyVip.putValue("segment", "VIP");
        mobileOnlyVip.putValue("homeConnections", 0);
        assertThat(table.propose(mobileOnlyVip, catalog)).extracting(Candidate::actionId, Candidate::propensity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HOME_BROADBAND_BUNDLE", 0.15));

        VariableMap alreadyConverged = neutral();
        alreadyConverged.putValue("moment", "STORE_VISIT");
        alreadyConverged.putValue("segment", "VIP");
        assertThat(table.propose(alreadyConverged, catalog)).isEmpty();
    }

    @Test
    void anActionProposedByTwoRowsIsProposedOnceWithTheHigherPropensity() {
        VariableMap leavingAndOwing = neutral();
        leavingAndOwing.putValue("moment", "CANCELLATION_REQUEST");
        leavingAndOwing.putValue("daysDelinquent", 5);

        List<Candidate> candidates = table.propose(leavingAndOwing, catalog);

        assertThat(candidates).filteredOn(c -> c.actionId().equals("PAYMENT_PLAN")).singleElement()
                .satisfies(plan -> assertThat(plan.propensity()).isEqualTo(0.45));
    }

    @Test
    void anActionMissingFromTheCatalogIsLeftOut() {
        VariableMap leaving = neutral();
        leaving.putValue("moment", "CANCELLATION_REQUEST");
        Map<String, Action> withoutDowngrade = new HashMap<>(catalog);
        withoutDowngrade.remove("PLAN_DOWNGRADE_OPTION");

        assertThat(table.propose(leaving, withoutDowngrade)).extracting(Candidate::actionId)
                .containsExactly("RETENTION_DISCOUNT_10");
    }

    /** The action ids the table's rows output, read from the model file. */
    static List<String> outputActionIds() throws IOException {
        return Pattern.compile("<outputEntry id=\"OutputEntry_\\w+_ActionId\">\\s*<text>\"(\\w+)\"</text>")
                .matcher(Files.readString(TABLE)).results().map(match -> match.group(1)).distinct().toList();
    }

    private static Arguments row(String rule, Map<String, Object> facts, String action) {
        return Arguments.of(rule, facts, action);
    }
}
