package io.cvmjourneys.channels;

import static io.cvmjourneys.channels.OutboxFixture.ANNA;
import static io.cvmjourneys.channels.OutboxFixture.BRUNO;
import static io.cvmjourneys.channels.OutboxFixture.CARLA;
import static io.cvmjourneys.channels.OutboxFixture.TODAY;
import static io.cvmjourneys.channels.OutboxFixture.at;
import static io.cvmjourneys.channels.OutboxFixture.parametersFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import io.cvmjourneys.customer.Contact;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.LeverSet;
import io.cvmjourneys.nba.Levers;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox as a journey and a customer meet it: a message is written only with the journey step
 * that queued it, once per idempotency key, never without consent, not during quiet hours; the
 * dispatcher delivers it to the right address once, remembers the contact, and retries a failing
 * channel before giving up. The clock is the test's: every test says what time it is in Madrid.
 */
@SpringBootTest(properties = {"cvm.operator.zone=Europe/Madrid", "cvm.channels.max-attempts=3",
        "cvm.channels.retry-backoff=1m", "cvm.channels.batch-size=5"})
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
abstract class OutboxTest {

    /** One row of what a customer would have received. */
    record Received(long messageId, Channel channel, String address, String subject, String body, Integer smsSegments) {
    }

    /** Where one message stands in the outbox. */
    record Stored(String status, int attempts, String lastError, Instant notBefore, Instant sentAt, String reason) {
    }

    @Autowired
    OutboundMessages messages;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Levers levers;
    @Autowired
    TransactionTemplate transaction;
    @MockitoSpyBean
    SmsAdapter smsAdapter;

    /** Whether a second dispatcher finds due rows while the first holds its batch (see the two subclasses). */
    abstract boolean secondDispatcherTakesTheNextBatch();

    @BeforeEach
    void freshCustomersAtTenInTheMorning() {
        OutboxFixture.writeCustomers(jdbc);
        TestClock.pin(at("10:00"));
    }

    @Test
    void aMessageIsWrittenOnlyWhenTheJourneyStepCommits() {
        transaction.executeWithoutResult(step -> {
            messages.queue(serviceSms(BRUNO, "rolled-back"));
            step.setRollbackOnly();
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(step -> {
            messages.queue(serviceSms(BRUNO, "failed-step"));
            throw new IllegalStateException("the journey step failed after queueing");
        })).hasMessageContaining("journey step failed");
        assertThatThrownBy(() -> messages.queue(serviceSms(BRUNO, "no-transaction")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(messagesInOutbox()).isZero();

        QueuedMessage committed = queue(serviceSms(BRUNO, "committed"));

        assertThat(messagesInOutbox()).isOne();
        assertThat(committed.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(committed.notBefore()).isEqualTo(at("10:00"));
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstMessageAndWritesNothing() {
        String key = OutboundMessage.idempotencyKey("process-instance-1", "Task_SendConfirmation");
        QueuedMessage first = queue(serviceSms(BRUNO, key));

        assertThat(queue(new OutboundMessage(BRUNO, Channel.SMS, MessageKind.SERVICE, "cancellation-confirmation",
                Map.of("customerName", "Bruno", "cancellationDate", "1 December 2026"), key))).isEqualTo(first);
        assertThat(messagesInOutbox()).isOne();

        dispatcher.dispatchDue();
        QueuedMessage afterSending = queue(serviceSms(BRUNO, key));

        assertThat(afterSending.id()).isEqualTo(first.id());
        assertThat(afterSending.status()).isEqualTo(MessageStatus.SENT);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(receivedBy(BRUNO)).hasSize(1);
        assertThatThrownBy(() -> queue(serviceSms(CARLA, key)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was already used for cancellation-confirmation by SMS to customer " + BRUNO);
    }

    @Test
    void consentIsAskedPerPurposeAndChannel() {
        QueuedMessage offerByEmail = queue(message(ANNA, Channel.EMAIL, MessageKind.COMMERCIAL, "winback-offer", "1"));
        QueuedMessage offerBySmsWithdrawn = queue(message(ANNA, Channel.SMS, MessageKind.COMMERCIAL, "winback-offer", "2"));
        QueuedMessage offerByPushNeverAsked = queue(message(ANNA, Channel.PUSH, MessageKind.COMMERCIAL, "winback-offer", "3"));
        QueuedMessage serviceBySms = queue(message(ANNA, Channel.SMS, MessageKind.SERVICE, "tnps-survey", "4"));
        QueuedMessage serviceByEmailOnlyMarketing = queue(message(ANNA, Channel.EMAIL, MessageKind.SERVICE, "tnps-survey", "5"));
        QueuedMessage mandatoryByPush = queue(message(ANNA, Channel.PUSH, MessageKind.MANDATORY, "cancellation-confirmation", "6"));

        assertThat(List.of(offerByEmail, serviceBySms, mandatoryByPush))
                .allSatisfy(sendable -> assertThat(sendable.status()).isEqualTo(MessageStatus.PENDING));
        assertThat(List.of(offerBySmsWithdrawn, offerByPushNeverAsked, serviceByEmailOnlyMarketing)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(MessageStatus.SUPPRESSED);
            assertThat(refused.notBefore()).isNull();
        });
        assertThat(offerBySmsWithdrawn.reason()).isEqualTo("No MARKETING consent for SMS: COMMERCIAL messages need the"
                + " customer's MARKETING consent for the channel");
        assertThat(serviceByEmailOnlyMarketing.reason()).startsWith("No SERVICE consent for EMAIL");

        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        assertThat(receivedBy(ANNA)).extracting(Received::messageId)
                .containsExactlyInAnyOrder(offerByEmail.id(), serviceBySms.id(), mandatoryByPush.id());
    }

    @Test
    void aCustomerWhoWithdrawsConsentWhileTheMessageWaitsDoesNotGetIt() {
        TestClock.pin(at("23:00"));
        QueuedMessage survey = queue(message(ANNA, Channel.SMS, MessageKind.SERVICE, "tnps-survey", "survey"));
        OutboxFixture.withdrawConsent(jdbc, ANNA, "SERVICE", Channel.SMS);

        TestClock.pin(at(TODAY.plusDays(1), "08:00"));
        dispatcher.dispatchDue();

        assertThat(stored(survey).status()).isEqualTo("SUPPRESSED");
        assertThat(stored(survey).reason()).startsWith("No SERVICE consent for SMS").endsWith("(withdrawn after the message was queued)");
        assertThat(receivedBy(ANNA)).isEmpty();
    }

    @Test
    void theDefaultQuietHoursHoldMessagesUntilEightInTheOperatorsZone() {
        Map<String, Instant> heldUntilByQueueTime = Map.of(
                "20:59", at("20:59"),
                "21:00", at(TODAY.plusDays(1), "08:00"),
                "23:30", at(TODAY.plusDays(1), "08:00"),
                "07:59", at("08:00"),
                "08:00", at("08:00"));
        heldUntilByQueueTime.forEach((queuedAt, notBefore) -> {
            TestClock.pin(at(queuedAt));
            QueuedMessage queued = queue(message(ANNA, Channel.SMS, MessageKind.SERVICE, "tnps-survey", queuedAt));
            assertThat(queued.notBefore()).as("queued at " + queuedAt).isEqualTo(notBefore);
        });

        TestClock.pin(at("23:30"));
        QueuedMessage offer = queue(message(ANNA, Channel.EMAIL, MessageKind.COMMERCIAL, "winback-offer", "offer"));
        assertThat(offer.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(offer.notBefore()).isEqualTo(at(TODAY.plusDays(1), "08:00"));
        assertThat(offer.reason())
                .isEqualTo("Within the default quiet hours 21:00–08:00 (Europe/Madrid): held until 2026-11-24 08:00");
    }

    /** A manager moved the default quiet hours on the levers page: messages wait out the new ones, from their time on. */
    @Test
    void theDefaultQuietHoursAreThoseOfTheLeversInForce() {
        // ten days on, so no other test of the class meets this version
        LocalDate later = TODAY.plusDays(10);
        TestClock.pin(at(later, "19:00"));
        LeverSet configured = levers.current().levers();
        levers.change(new LeverSet(configured.programWeights(), configured.holdout(), configured.weeklyCaps(), null,
                LocalTime.of(20, 0), LocalTime.of(9, 0)), at(later, "19:30"), "manager", "Quieter evenings");

        TestClock.pin(at(later, "20:30"));
        QueuedMessage survey = queue(message(ANNA, Channel.SMS, MessageKind.SERVICE, "tnps-survey", "quieter"));

        assertThat(survey.notBefore()).isEqualTo(at(later.plusDays(1), "09:00"));
        assertThat(survey.reason()).startsWith("Within the default quiet hours 20:00–09:00");
    }

    @Test
    void mandatoryMessagesGoAtOnceEvenAtNight() {
        TestClock.pin(at("02:00"));
        QueuedMessage notice = queue(message(ANNA, Channel.PUSH, MessageKind.MANDATORY, "cancellation-confirmation", "m"));

        assertThat(notice.notBefore()).isEqualTo(at("02:00"));
        assertThat(notice.reason()).isNull();
        assertThat(dispatcher.dispatchDue()).isOne();
    }

    @Test
    void theCustomersOwnQuietHoursReplaceTheDefault() {
        TestClock.pin(at("21:30"));
        assertThat(queue(serviceSms(BRUNO, "bruno-21:30")).notBefore()).as("before his 22:00").isEqualTo(at("21:30"));
        assertThat(queue(serviceSms(CARLA, "carla-21:30")).notBefore()).as("no siesta at night").isEqualTo(at("21:30"));

        TestClock.pin(at("06:30"));
        QueuedMessage early = queue(serviceSms(BRUNO, "bruno-06:30"));
        assertThat(early.notBefore()).isEqualTo(at("07:00"));
        assertThat(early.reason()).startsWith("Within the customer's own quiet hours 22:00–07:00");

        TestClock.pin(at("14:00"));
        assertThat(queue(serviceSms(CARLA, "carla-14:00")).notBefore()).as("siesta 13:00–15:00").isEqualTo(at("15:00"));
    }

    @Test
    void aHeldMessageGoesOnlyWhenItsTimeHasCome() {
        TestClock.pin(at("23:00"));
        queue(message(ANNA, Channel.SMS, MessageKind.SERVICE, "tnps-survey", "night"));

        assertThat(dispatcher.dispatchDue()).isZero();
        TestClock.pin(at(TODAY.plusDays(1), "07:59:59"));
        assertThat(dispatcher.dispatchDue()).isZero();
        TestClock.pin(at(TODAY.plusDays(1), "08:00"));
        assertThat(dispatcher.dispatchDue()).isOne();
        assertThat(receivedBy(ANNA)).hasSize(1);
    }

    @Test
    void dispatchRendersTheTemplateAndDeliversToTheCustomersAddress() {
        QueuedMessage sms = queue(serviceSms(BRUNO, "sms"));
        QueuedMessage email = queue(message(BRUNO, Channel.EMAIL, MessageKind.SERVICE, "tnps-survey", "email"));
        QueuedMessage push = queue(message(BRUNO, Channel.PUSH, MessageKind.SERVICE, "retention-offer-accepted", "push"));
        QueuedMessage call = queue(new OutboundMessage(BRUNO, Channel.TELESALES, MessageKind.COMMERCIAL, "winback-offer",
                parametersFor("winback-offer"), "call", "WINBACK_THREE_MONTHS_FREE", "decision-81"));
        TestClock.pin(at("10:05"));

        assertThat(dispatcher.dispatchDue()).isEqualTo(4);

        String confirmation = "Your cancellation is confirmed\nDear Bruno Nightingale, we have processed your cancellation."
                + " Your service ends on 30 November 2026 and your final bill will follow. Thank you for being with us;"
                + " you are welcome back at any time.";
        assertThat(receivedBy(BRUNO)).containsExactly(
                new Received(sms.id(), Channel.SMS, "+34 600 810 002", null, confirmation, 2),
                new Received(email.id(), Channel.EMAIL, "bruno@example.org", "How did we do?", "Dear Bruno Nightingale,"
                        + " thank you for talking to us about your cancellation. How likely are you to recommend us to a"
                        + " friend? The survey takes one minute: https://survey.example.org/t/8f3k2", null),
                new Received(push.id(), Channel.PUSH, "app-user:" + BRUNO, "Your new offer is active", "Dear Bruno"
                        + " Nightingale, thank you for staying with us. 20% off for 12 months is now active on your account"
                        + " and will show on your next bill. If anything looks wrong, we are happy to help in the app or in"
                        + " any of our stores.", null),
                new Received(call.id(), Channel.TELESALES, "+34 600 810 002", "We would love to have you back", "Dear Bruno"
                        + " Nightingale, we miss you. Come back to us with three months free, valid until 31 December 2026."
                        + " To take it up, call us or visit any of our stores. To stop offers, update your preferences in"
                        + " the app.", null));
        assertThat(List.of(sms, email, push, call)).allSatisfy(message -> {
            assertThat(stored(message).status()).isEqualTo("SENT");
            assertThat(stored(message).sentAt()).isEqualTo(at("10:05"));
        });
        assertThat(customers.context(BRUNO).orElseThrow().recentContacts()).containsExactlyInAnyOrder(
                new Contact(Channel.SMS, "cancellation-confirmation", null, at("10:05")),
                new Contact(Channel.EMAIL, "tnps-survey", null, at("10:05")),
                new Contact(Channel.PUSH, "retention-offer-accepted", null, at("10:05")),
                new Contact(Channel.TELESALES, "WINBACK_THREE_MONTHS_FREE", "decision-81", at("10:05")));
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void aFailingChannelIsRetriedWithGrowingPausesThenGivenUp() {
        doThrow(new IllegalStateException("SMS gateway timed out")).when(smsAdapter).deliver(any());
        QueuedMessage sms = queue(serviceSms(BRUNO, "sms"));
        QueuedMessage email = queue(message(BRUNO, Channel.EMAIL, MessageKind.SERVICE, "tnps-survey", "email"));

        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(stored(email).status()).as("a failing channel does not hold up the others").isEqualTo("SENT");
        assertThat(stored(sms)).isEqualTo(new Stored("PENDING", 1, "SMS gateway timed out",
                at("10:01"), null, null));

        TestClock.pin(at("10:00:59"));
        assertThat(dispatcher.dispatchDue()).isZero();
        TestClock.pin(at("10:01"));
        dispatcher.dispatchDue();
        assertThat(stored(sms).attempts()).isEqualTo(2);
        assertThat(stored(sms).notBefore()).as("twice the pause").isEqualTo(at("10:03"));

        TestClock.pin(at("10:03"));
        dispatcher.dispatchDue();
        assertThat(stored(sms).status()).isEqualTo("FAILED");
        assertThat(stored(sms).attempts()).isEqualTo(3);
        assertThat(stored(sms).reason()).isEqualTo("Gave up after 3 attempts");
        assertThat(receivedBy(BRUNO)).extracting(Received::channel).containsExactly(Channel.EMAIL);
        assertThat(customers.context(BRUNO).orElseThrow().recentContacts()).extracting(Contact::channel)
                .containsExactly(Channel.EMAIL);
    }

    @Test
    void aRetryWaitsOutQuietHoursToo() {
        doThrow(new IllegalStateException("SMS gateway timed out")).when(smsAdapter).deliver(any());
        TestClock.pin(at("20:59:30"));
        QueuedMessage sms = queue(message(ANNA, Channel.SMS, MessageKind.SERVICE, "tnps-survey", "late"));

        dispatcher.dispatchDue();

        assertThat(stored(sms).notBefore()).as("not 21:00:30").isEqualTo(at(TODAY.plusDays(1), "08:00"));
    }

    @Test
    void badMessagesAreRefusedAndLeaveNothingBehind() {
        assertThatThrownBy(() -> queue(new OutboundMessage(BRUNO, Channel.SMS, MessageKind.SERVICE, "happy-birthday",
                Map.of("customerName", "Bruno"), "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown template 'happy-birthday'; the templates are [")
                .hasMessageContaining("cancellation-confirmation, ").hasMessageContaining("tnps-survey");
        assertThatThrownBy(() -> queue(new OutboundMessage(BRUNO, Channel.SMS, MessageKind.SERVICE,
                "cancellation-confirmation", Map.of("customerName", "Bruno"), "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Template 'cancellation-confirmation' needs the parameter 'cancellationDate'; the message has"
                        + " [customerName]");
        assertThatThrownBy(() -> queue(serviceSms("CUST-999999", "c")))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertThat(refusal.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> message(BRUNO, Channel.CALL_CENTER, MessageKind.SERVICE, "tnps-survey", "d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel CALL_CENTER is no outbound channel; messages go by one of [SMS, EMAIL, PUSH, TELESALES]");
        assertThatThrownBy(() -> message(BRUNO, Channel.SMS, MessageKind.SERVICE, "tnps-survey", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("idempotencyKey (a journey step passes processInstanceId:activityId) is required");
        assertThat(messagesInOutbox()).isZero();
    }

    @Test
    void twoDispatchersAtOnceDeliverEveryMessageExactlyOnce() throws Exception {
        List<QueuedMessage> queued = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            queued.add(queue(serviceSms(BRUNO, "at-once-" + i)));
        }
        // each delivery takes a while, so the two dispatchers' rounds overlap
        doAnswer(delivery -> {
            Thread.sleep(20);
            return delivery.callRealMethod();
        }).when(smsAdapter).deliver(any());

        List<Integer> takenPerDispatcher = dispatchOnTwoNodesAtOnce();

        assertThat(takenPerDispatcher.get(0) + takenPerDispatcher.get(1)).isEqualTo(30);
        if (secondDispatcherTakesTheNextBatch()) {
            assertThat(takenPerDispatcher).as("both dispatchers sent some").allSatisfy(taken -> assertThat(taken).isPositive());
        }
        assertThat(receivedBy(BRUNO)).extracting(Received::messageId)
                .containsExactlyInAnyOrderElementsOf(queued.stream().map(QueuedMessage::id).toList());
        assertThat(queued).allSatisfy(message -> assertThat(stored(message))
                .isEqualTo(new Stored("SENT", 0, null, at("10:00"), at("10:00"), null)));
        assertThat(customers.context(BRUNO).orElseThrow().recentContacts()).hasSize(30);
    }

    /** Two nodes, each sending rounds until it finds nothing due; answers how many messages each took. */
    private List<Integer> dispatchOnTwoNodesAtOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> node = () -> {
            start.await();
            int taken = 0;
            for (int round = dispatcher.dispatchDue(); round > 0; round = dispatcher.dispatchDue()) {
                taken += round;
            }
            return taken;
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> running = List.of(nodes.submit(node), nodes.submit(node));
            return List.of(running.get(0).get(1, TimeUnit.MINUTES), running.get(1).get(1, TimeUnit.MINUTES));
        } finally {
            nodes.shutdownNow();
        }
    }

    private QueuedMessage queue(OutboundMessage message) {
        return transaction.execute(step -> messages.queue(message));
    }

    private static OutboundMessage serviceSms(String customerId, String idempotencyKey) {
        return message(customerId, Channel.SMS, MessageKind.SERVICE, "cancellation-confirmation", idempotencyKey);
    }

    private static OutboundMessage message(String customerId, Channel channel, MessageKind kind, String template,
                                           String idempotencyKey) {
        return new OutboundMessage(customerId, channel, kind, template, parametersFor(template), idempotencyKey);
    }

    private long messagesInOutbox() {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.outbox_message").query(Long.class).single();
    }

    private Stored stored(QueuedMessage message) {
        return jdbc.sql("SELECT status, attempts, last_error, not_before, sent_at, reason FROM cvm.outbox_message WHERE id = ?")
                .param(message.id())
                .query((row, n) -> new Stored(row.getString("status"), row.getInt("attempts"), row.getString("last_error"),
                        instant(row.getObject("not_before", OffsetDateTime.class)),
                        instant(row.getObject("sent_at", OffsetDateTime.class)), row.getString("reason")))
                .single();
    }

    private List<Received> receivedBy(String customerId) {
        return jdbc.sql("""
                        SELECT message_id, channel, address, subject, body, sms_segments FROM cvm.delivered_message
                        WHERE customer_id = ? ORDER BY message_id""")
                .param(customerId)
                .query((row, n) -> new Received(row.getLong("message_id"), Channel.valueOf(row.getString("channel")),
                        row.getString("address"), row.getString("subject"), row.getString("body"),
                        row.getObject("sms_segments", Integer.class)))
                .list();
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
