package io.cvmjourneys.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.cancellation.CancellationVariables;
import io.cvmjourneys.journeys.delinquency.DebtorFixture;
import io.cvmjourneys.journeys.delinquency.DelinquencyVariables;
import io.cvmjourneys.journeys.deviceupgrade.DeviceUpgradeVariables;
import io.cvmjourneys.journeys.movinghouse.MovingHouseVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.testsupport.CurrentEngineForAssertions;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.StartedJourney;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The journeys' dates on the days calendars get wrong: month ends of 31, 30 and 28 days, a leap day,
 * the two Sundays the clocks change in the operator's zone, and New Year's Eve. On each, a customer
 * sees the same thing: a device is as old as its lease, a contract as old as its start, a reminder
 * comes on the calendar day it is due and never in the night, a promise holds until the promised day
 * and its grace are over, and winback offers and installation reminders come at 10:00 local time.
 */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
@TestExecutionListeners(listeners = CurrentEngineForAssertions.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class JourneyCalendarTest {

    private static final ZoneId ZONE = TestClock.OPERATOR_ZONE;
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Autowired
    MomentIntake intake;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    private String customer;
    private ProcessInstance journey;

    static Stream<LocalDate> edgeDays() {
        return Stream.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29),
                LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30),
                lastSunday(LocalDate.of(2027, 3, 1)), lastSunday(LocalDate.of(2027, 10, 1)), LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeDays")
    void aDeviceIsAsOldAsItsLeaseWhateverTheMonth(LocalDate day) {
        morningOf(day);

        upgradeInStore(customerWithLeaseStarted(day.minusMonths(23), day.minusMonths(7)));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_GradeTradeIn");
        assertThat(variable(DeviceUpgradeVariables.DEVICE_AGE_MONTHS)).isEqualTo(23);
        assertThat(variable(DeviceUpgradeVariables.ELIGIBILITY)).as("the lease ends within 60 days").isEqualTo("FREE_UPGRADE");
        complete(task(journey), withVariables("conditionGrade", "A", "powersOn", true, "screenIntact", true,
                "activationLockRemoved", true));
        assertThat(variable(DeviceUpgradeVariables.TRADE_IN_VALUE)).as("as new, under two years old").isEqualTo(220);

        upgradeInStore(customerWithLeaseStarted(day.minusMonths(12), day.minusMonths(7)));
        assertThat(variable(DeviceUpgradeVariables.DEVICE_AGE_MONTHS)).isEqualTo(12);
        assertThat(variable(DeviceUpgradeVariables.UPGRADE_FEE)).as("a year into the lease, to the day").isEqualTo(150);

        upgradeInStore(customerWithLeaseStarted(day.minusMonths(12).plusDays(1), day.minusMonths(7)));
        assertThat(variable(DeviceUpgradeVariables.DEVICE_AGE_MONTHS)).isEqualTo(11);
        assertThat(variable(DeviceUpgradeVariables.ELIGIBILITY)).isEqualTo("NOT_ELIGIBLE");
        assertThat((String) variable(DeviceUpgradeVariables.INELIGIBLE_REASON)).contains("less than a year into its lease");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeDays")
    void aContractIsSixMonthsOldOnItsSixMonthAnniversary(LocalDate day) {
        morningOf(day);

        upgradeInStore(customerWithLeaseStarted(day.minusMonths(23), day.minusMonths(6)));
        assertThat(variable(DeviceUpgradeVariables.MONTHS_LEFT_ON_CONTRACT)).isEqualTo(18);
        assertThat(variable(DeviceUpgradeVariables.ELIGIBILITY)).isEqualTo("FREE_UPGRADE");

        upgradeInStore(customerWithLeaseStarted(day.minusMonths(23), day.minusMonths(6).plusDays(1)));
        assertThat(variable(DeviceUpgradeVariables.ELIGIBILITY)).isEqualTo("NOT_ELIGIBLE");
        assertThat((String) variable(DeviceUpgradeVariables.INELIGIBLE_REASON))
                .isEqualTo("your contract began less than six months ago; upgrades open six months in");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeDays")
    void dunningRemindersComeOnTheirCalendarDayAndNeverAtNight(LocalDate day) {
        morningOf(day);
        invoiceOverdue(day);
        assertThat(variable("firstReminderAfter")).isEqualTo("P1D");

        ZonedDateTime firstReminder = dueOf("Event_FirstReminderDue");
        assertThat(firstReminder.toLocalDate()).isEqualTo(day.plusDays(1));
        assertThat(firstReminder.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(21, 0));
        passTimeUntil(firstReminder.minusMinutes(1));
        assertThat(queued()).isEmpty();
        passTimeUntil(firstReminder);
        assertThat(queued()).containsExactly("dunning-friendly-reminder");

        ZonedDateTime secondReminder = dueOf("Event_SecondReminderDue");
        assertThat(secondReminder.toLocalDate()).as("five days later").isEqualTo(day.plusDays(6));
        assertThat(secondReminder.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(21, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeDays")
    void aPromiseHoldsUntilThePromisedDayAndItsGraceAreOver(LocalDate day) {
        morningOf(day);
        invoiceOverdue(day);
        LocalDate promised = day.plusMonths(1);
        answer(MomentType.PROMISE_TO_PAY, Map.of("promisedDate", promised.toString()));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_PromiseDeadlinePassed");
        assertThat(variable(DelinquencyVariables.PAYMENT_GRACE)).isEqualTo("P2D");

        ZonedDateTime deadline = dueOf("Event_PromiseDeadlinePassed");
        assertThat(deadline).as("midnight at the end of the promised day plus two days")
                .isEqualTo(promised.plusDays(3).atStartOfDay(ZONE));
        passTimeUntil(deadline.minusMinutes(1));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_PromiseDeadlinePassed");
        passTimeUntil(deadline);
        BpmnAwareTests.assertThat(journey).hasPassed("Task_RecordBrokenPromise");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeDays")
    void theWinbackOfferGoesOutAtTenOnTheWindowsLastDay(LocalDate day) {
        morningOf(day);
        postpaidCustomer(day.minusMonths(30), day.plusMonths(8), null);
        MomentAnswer answer = intake.receive(new Moment("cancel-" + customer, customer, MomentType.CANCELLATION_REQUEST,
                Channel.CALL_CENTER, TestClock.now(), Map.of("reason", "PRICE")));
        journey = new StartedJourney(answer.processInstanceId(), CancellationVariables.PROCESS_ID);
        complete(task(journey), withVariables("offerResponse", "DECLINED", "discountPercent", 0L));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_WinbackWindowPassed");
        assertThat(variable(CancellationVariables.WINBACK_WAIT_DAYS)).isEqualTo(30);

        ZonedDateTime offer = dueOf("Event_WinbackWindowPassed");
        assertThat(offer).isEqualTo(day.plusDays(30).atTime(TEN).atZone(ZONE));
        passTimeUntil(offer);
        assertThat(queued()).containsExactly("cancellation-confirmation", "tnps-survey", "winback-offer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeDays")
    void theInstallationReminderComesAtTenTheDayBefore(LocalDate day) {
        morningOf(day);
        postpaidCustomer(day.minusYears(3), day.plusMonths(8), null);
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'BROADBAND', 'Home broadband', 'FIBRE', 30, ?)""")
                .params("HOME-" + customer, customer, day.plusMonths(8)).update();
        String postcode = "M4 " + customer.substring(customer.length() - 3);
        jdbc.sql("INSERT INTO cvm.network_premises (postcode, house_number, technology, max_down_mbps) VALUES (?, '7', 'FIBRE', 900)")
                .param(postcode).update();
        LocalDate moveDate = day.plusDays(14);
        MomentAnswer answer = intake.receive(new Moment("move-" + customer, customer, MomentType.MOVE_REQUESTED,
                Channel.CALL_CENTER, TestClock.now(), Map.of("moveDate", moveDate.toString(), "newAddress", Map.of(
                "street", "Calendar Street", "houseNumber", "7", "postcode", postcode, "city", "Manchester"))));
        journey = new StartedJourney(answer.processInstanceId(), MovingHouseVariables.PROCESS_ID);
        EngineClock.runDueJobs(managementService, journey.getId());
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ScheduleInstallation");

        complete(task(journey), withVariables(MovingHouseVariables.INSTALLATION_DATE, moveDate.toString(),
                MovingHouseVariables.INSTALLATION_SLOT, "MORNING",
                MovingHouseVariables.CONTACT_ON_THE_DAY, "Morgan, +44 7700 900123",
                MovingHouseVariables.ADD_ON_ACCEPTED, false));

        ZonedDateTime reminder = dueOf("BoundaryEvent_InstallationReminderDue");
        assertThat(reminder).isEqualTo(moveDate.minusDays(1).atTime(TEN).atZone(ZONE));
        assertThat(dueOf("BoundaryEvent_InstallationOverdue")).as("late from the end of the day after the move")
                .isEqualTo(moveDate.plusDays(2).atStartOfDay(ZONE));
        passTimeUntil(reminder);
        assertThat(queued()).contains("installation-reminder");
    }

    private void morningOf(LocalDate day) {
        TestClock.pin(day.atTime(NINE).atZone(ZONE).toInstant());
    }

    /** A customer on a 24-month device lease (and a contract) that began on the days given. */
    private String customerWithLeaseStarted(LocalDate leaseStart, LocalDate contractStart) {
        postpaidCustomer(LocalDate.of(2019, 3, 1), contractStart.plusMonths(24), leaseStart.plusMonths(24));
        return customer;
    }

    private void postpaidCustomer(LocalDate since, LocalDate contractEnd, LocalDate leaseEnd) {
        customer = "CUST-CAL%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Cal Endar', ?, 'cal@example.org', 'POSTPAID', 'HIGH_VALUE', ?, 3100, 65, 'A02', FALSE)""")
                .params(customer, "+44 7700 9" + customer.substring(8), since).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end,
                                                      device_model, device_lease_end)
                        VALUES (?, ?, 'MOBILE', 'Unlimited', '5G', 63, ?, ?, ?)""")
                .params("SUB-" + customer, customer, contractEnd, leaseEnd == null ? null : "Pixel 9", leaseEnd).update();
        for (String purpose : List.of("MARKETING", "SERVICE")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'EMAIL', TRUE, ?)")
                    .params(customer, purpose, Timestamp.from(TestClock.now().minus(Duration.ofDays(400)))).update();
        }
    }

    private void upgradeInStore(String customerId) {
        MomentAnswer answer = intake.receive(new Moment("upgrade-" + customerId, customerId, MomentType.UPGRADE_REQUESTED,
                Channel.STORE, TestClock.now(), Map.of("subscriptionId", "SUB-" + customerId)));
        journey = new StartedJourney(answer.processInstanceId(), DeviceUpgradeVariables.PROCESS_ID);
    }

    /** An invoice of 80 due three days ago, a customer with one late payment last year: the STANDARD strategy. */
    private void invoiceOverdue(LocalDate day) {
        customer = "CUST-CAL%04d".formatted(CUSTOMERS.incrementAndGet());
        new DebtorFixture(jdbc).debtor(customer, "MASS", false, BigDecimal.valueOf(80), 1, day);
        MomentAnswer answer = intake.receive(new Moment("overdue-" + customer, customer, MomentType.INVOICE_OVERDUE,
                Channel.APP, TestClock.now(), Map.of("invoiceId", "INV-" + customer)));
        journey = new StartedJourney(answer.processInstanceId(), DelinquencyVariables.PROCESS_ID);
        EngineClock.runDueJobs(managementService, journey.getId());
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_FirstReminderDue");
    }

    private void answer(MomentType type, Map<String, Object> data) {
        MomentAnswer answer = intake.receive(new Moment(type + "-" + customer, customer, type, Channel.APP,
                TestClock.now(), data));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
    }

    /** When the journey's timer at this step fires, as the operator's teams read a clock. */
    private ZonedDateTime dueOf(String activityId) {
        Job timer = managementService.createJobQuery().processInstanceId(journey.getId()).timers().activityId(activityId)
                .singleResult();
        assertThat(timer).as("a timer waits at " + activityId).isNotNull();
        return timer.getDuedate().toInstant().atZone(ZONE);
    }

    private void passTimeUntil(ZonedDateTime until) {
        EngineClock.passTime(managementService, journey.getId(), Duration.between(TestClock.now(), until.toInstant()));
    }

    private List<String> queued() {
        return jdbc.sql("SELECT template FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id").param(customer)
                .query(String.class).list();
    }

    private Object variable(String name) {
        return JourneyRecords.variable(journey, name);
    }

    private static LocalDate lastSunday(LocalDate inMonth) {
        return inMonth.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }
}
