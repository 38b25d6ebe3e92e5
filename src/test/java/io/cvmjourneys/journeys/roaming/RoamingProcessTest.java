package io.cvmjourneys.journeys.roaming;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.journeys.ChooseOutboundOffer;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.RankedAction;
import io.cvmjourneys.nba.Suppression;
import io.cvmjourneys.testsupport.JourneyProcessTest;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every path of a trip abroad, booked and begun through the moments intake as travel partners and the
 * network report it, with the engine clock moved for every wait. Today is Monday 23 November 2026;
 * booked trips leave on the 30th. A fifth of customers form the program's control group here.
 */
@TestPropertySource(properties = "cvm.nba.holdout.roaming=0.2")
class RoamingProcessTest extends JourneyProcessTest {

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();
    private static final String DEPARTURE = "2026-11-30";

    @Autowired
    HoldoutGroups holdout;
    @Autowired
    NextBestActionService nextBestActions;

    @Test
    void shouldOfferThePassBeforeTheTripTellTheRatesOnLandingAndEndWithThePassTaken() {
        traveller("MASS", Channel.SMS, false);
        trip(MomentType.TRAVEL_BOOKED, Map.of("country", "ES", "departureOn", DEPARTURE));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForTrip");
        assertThat(variable(RoamingVariables.ROAMING_PASS)).isEqualTo("Europe pass");
        assertThat(queued()).containsExactly("SMS roaming-pass-offer");
        assertThat(parametersOf("roaming-pass-offer")).contains("\"countryName\":\"Spain\"", "\"passPrice\":\"10.00\"",
                "\"passDataGb\":\"5\"", "\"passDays\":\"7\"");
        NextBestActions inStore = nextBestActions.decide(customer, MomentType.STORE_VISIT, Channel.STORE, null);
        assertThat(inStore.actions()).extracting(RankedAction::actionId).doesNotContain("LOYALTY_REWARD");
        assertThat(inStore.suppressed()).filteredOn(suppressed -> suppressed.actionId().equals("LOYALTY_REWARD"))
                .extracting(Suppression::reason).singleElement().asString().contains("Roaming journey");

        passTime(Duration.ofDays(7));
        assertThat(receive("landed-" + customer, MomentType.ROAMING_STARTED, Map.of("country", "ES")).status())
                .as("the landing goes on with the booked trip's journey").isEqualTo(MomentAnswer.Status.CORRELATED);
        runDueJobs();
        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendRoamingWelcome").isWaitingAt("Gateway_WaitAbroad");
        answer("ACCEPTED");
        spent(4.5);
        receive("home-" + customer, MomentType.ROAMING_ENDED, Map.of());
        runDueJobs();

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_ActivatePass");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("PASS_USED");
        assertThat(queued()).containsExactly("SMS roaming-pass-offer", "SMS roaming-welcome", "SMS roaming-pass-active",
                "SMS roaming-welcome-home");
        assertThat(kindOf("roaming-welcome")).as("the rates abroad are a notice the regulator requires").isEqualTo("MANDATORY");
        assertThat(accountChanges()).containsExactly("CHARGE 10.00 Roaming pass for Spain");
        assertThat(offerOutcome()).isEqualTo("ACCEPTED");
    }

    @Test
    void shouldWarnOnceNearTheCapAndStopDataAtIt() {
        traveller("MASS", Channel.SMS, false);
        trip(MomentType.ROAMING_STARTED, Map.of("country", "US"));
        assertThat(variable(RoamingVariables.ROAMING_PASS)).isEqualTo("World pass");
        answer("DECLINED");

        spent(36);
        spent(40);
        spent(45);
        spent(60);
        receive("home-" + customer, MomentType.ROAMING_ENDED, Map.of());
        runDueJobs();

        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("CAPPED");
        assertThat(queued()).containsExactly("SMS roaming-pass-offer", "SMS roaming-welcome", "SMS roaming-spend-warning",
                "SMS roaming-spend-capped", "SMS roaming-welcome-home");
        assertThat(accountChanges()).containsExactly("ROAMING_DATA_CAP null Spending abroad reached the cap in United States");
        assertThat(offerOutcome()).isEqualTo("DECLINED");
        assertThat(parametersOf("roaming-welcome-home")).contains("\"tripSpent\":\"60.00\"");
    }

    @Test
    void shouldOfferNoPassWhereAValuableCustomerRoamsLikeAtHome() {
        traveller("HIGH_VALUE", Channel.SMS, false);
        trip(MomentType.ROAMING_STARTED, Map.of("country", "FR"));
        spent(3);

        receive("home-" + customer, MomentType.ROAMING_ENDED, Map.of());
        runDueJobs();

        BpmnAwareTests.assertThat(journey).isEnded().hasNotPassed("Task_ChooseRoamingOffer");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("PAY_AS_YOU_GO");
        assertThat(queued()).containsExactly("SMS roaming-welcome", "SMS roaming-welcome-home");
    }

    @Test
    void shouldOfferThePassByPushToACustomerWhoTakesNoMarketingTextsAndTakeTheAnswerFromTheApp() {
        traveller("MASS", Channel.PUSH, false);
        trip(MomentType.ROAMING_STARTED, Map.of("country", "FR"));

        assertThat(variable(ChooseOutboundOffer.OFFER_CHANNEL)).isEqualTo("PUSH");
        assertThat(queued()).as("service texts still go by SMS").containsExactly("PUSH roaming-pass-offer", "SMS roaming-welcome");
        MomentAnswer taken = receive("answer-" + customer, MomentType.OFFER_ANSWERED,
                Map.of("answer", "ACCEPTED", "journey", RoamingVariables.PROCESS_ID));
        assertThat(taken.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        runDueJobs();

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ActivatePass");
        assertThat(offerOutcome()).isEqualTo("ACCEPTED");
    }

    @Test
    void shouldSendOnlyTheRatesWhenTheCustomerAllowsNoOffersAndEndALongStayAfterSixtyDays() {
        traveller("MASS", null, false);
        trip(MomentType.ROAMING_STARTED, Map.of("country", "TH"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ChooseRoamingOffer").hasNotPassed("Task_SendPassOffer");
        assertThat(variable(RoamingVariables.ROAMING_PASS)).isEqualTo("World Plus pass");
        passTime(Duration.ofDays(60));

        BpmnAwareTests.assertThat(journey).isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LONG_STAY");
        assertThat(queued()).as("no marketing consent: no offer; the rates go all the same").containsExactly("SMS roaming-welcome");
    }

    @Test
    void shouldEndABookedTripThatWasNotTakenTwoDaysAfterTheDeparture() {
        traveller("MASS", Channel.SMS, false);
        trip(MomentType.TRAVEL_BOOKED, Map.of("country", "IT", "departureOn", DEPARTURE));

        passTime(Duration.ofDays(8).plusHours(14));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForTrip");
        passTime(Duration.ofHours(1));

        BpmnAwareTests.assertThat(journey).isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_TRAVELLED");
    }

    @Test
    void shouldOfferNoPassToTheControlGroupButTellTheRates() {
        traveller("MASS", Channel.SMS, true);
        trip(MomentType.ROAMING_STARTED, Map.of("country", "PT"));

        BpmnAwareTests.assertThat(journey).hasNotPassed("Task_ChooseRoamingOffer").isWaitingAt("Gateway_WaitAbroad");
        assertThat(variable(JourneyVariables.IN_CONTROL_GROUP)).isEqualTo(true);
        answer("ACCEPTED");

        BpmnAwareTests.assertThat(journey).as("a yes to a pass never offered").hasNotPassed("Task_ActivatePass")
                .isWaitingAt("Gateway_WaitAbroad");
        assertThat(accountChanges()).isEmpty();
        assertThat(queued()).containsExactly("SMS roaming-welcome");
    }

    @Test
    void shouldRefuseTripsThatAreNotAbroadOrNotAheadAndNameTheRunningJourney() {
        traveller("MASS", Channel.SMS, false);
        assertRefused(MomentType.ROAMING_STARTED, Map.of("country", "GB"), "data.country", "abroad");
        assertRefused(MomentType.ROAMING_STARTED, Map.of("country", "XX"), "data.country", "ISO 3166");
        assertRefused(MomentType.TRAVEL_BOOKED, Map.of("country", "ES"), "data.departureOn", "departure day");
        assertRefused(MomentType.TRAVEL_BOOKED, Map.of("country", "ES", "departureOn", "2026-11-22"), "data.departureOn",
                "from today");
        assertRefused(MomentType.TRAVEL_BOOKED, Map.of("country", "ES", "departureOn", "2027-06-01"), "data.departureOn",
                "180 days ahead");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE customer_id = ?").param(customer)
                .query(Long.class).single()).as("refused moments leave nothing behind").isZero();

        trip(MomentType.ROAMING_STARTED, Map.of("country", "ES"));
        MomentAnswer again = receive("trip-" + customer, MomentType.ROAMING_STARTED, Map.of("country", "ES"));
        MomentAnswer landedAgain = receive("landed-again-" + customer, MomentType.ROAMING_STARTED, Map.of("country", "ES"));

        assertThat(again.processInstanceId()).isEqualTo(journey.getId());
        assertThat(landedAgain.status()).as("abroad already: nothing waits for a landing").isEqualTo(MomentAnswer.Status.ALREADY_ACTIVE);
        assertRefused(MomentType.ROAMING_SPEND, Map.of("spent", -1), "data.spent", "from 0");
    }

    /**
     * A contract customer of six years with one line, who takes service texts and offers through
     * {@code offersBy} (none when null); {@code heldOut} picks an id inside or outside the control group.
     */
    private void traveller(String segment, Channel offersBy, boolean heldOut) {
        do {
            customer = "CUST-RO%04d".formatted(CUSTOMERS.incrementAndGet());
        } while (holdout.isHeldOut(customer, RoamingVariables.PROGRAM) != heldOut);
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Tom Traveller', ?, 'tom@example.org', 'POSTPAID', ?, DATE '2020-05-01', 2000, 30, 'B', FALSE)""")
                .params(customer, "+44 7700 7" + customer.substring(7), segment).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'MOBILE', 'Essential 20GB', '5G', 18, DATE '2027-10-01')""")
                .params("SUB-" + customer, customer).update();
        consent("SERVICE", Channel.SMS);
        if (offersBy != null) {
            consent("MARKETING", offersBy);
        }
    }

    private void consent(String purpose, Channel channel) {
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(customer, purpose, channel.name(), Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
    }

    private void trip(MomentType type, Map<String, Object> data) {
        MomentAnswer answer = receive("trip-" + customer, type, data);
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
        runDueJobs();
    }

    private void answer(String answer) {
        MomentAnswer correlated = receive("answer-" + customer, MomentType.OFFER_ANSWERED,
                Map.of("answer", answer, "journey", RoamingVariables.PROCESS_ID));
        assertThat(correlated.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        runDueJobs();
    }

    private void spent(double amount) {
        MomentAnswer correlated = receive("spent-" + amount + "-" + customer, MomentType.ROAMING_SPEND, Map.of("spent", amount));
        assertThat(correlated.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        runDueJobs();
    }

    private MomentAnswer receive(String eventId, MomentType type, Map<String, Object> data) {
        return intake.receive(new Moment(eventId, customer, type, Channel.APP, TestClock.now(), data));
    }

    private void assertRefused(MomentType type, Map<String, Object> data, String field, String says) {
        Refusals.assertBadRequest(() -> receive("bad-" + customer + type + data.hashCode(), type, data), field, says);
    }

    private String parametersOf(String template) {
        return JourneyRecords.messageParameters(jdbc, customer, template);
    }

    private String kindOf(String template) {
        return jdbc.sql("SELECT kind FROM cvm.outbox_message WHERE customer_id = ? AND template = ?")
                .params(customer, template).query(String.class).single();
    }

    private List<String> accountChanges() {
        return jdbc.sql("SELECT kind, amount, reason FROM cvm.account_change WHERE customer_id = ? ORDER BY recorded_at")
                .param(customer).query((row, n) -> row.getString("kind") + " "
                        + (row.getBigDecimal("amount") == null ? "null" : row.getBigDecimal("amount").setScale(2).toPlainString())
                        + " " + row.getString("reason")).list();
    }

    /** The answer the decision log holds for the pass the journey offered. */
    private String offerOutcome() {
        return jdbc.sql("SELECT o.outcome FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id"
                        + " WHERE d.customer_id = ? AND o.action_id = 'ROAMING_PASS'")
                .param(customer).query(String.class).single();
    }
}
