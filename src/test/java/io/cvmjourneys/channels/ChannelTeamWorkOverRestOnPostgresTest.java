package io.cvmjourneys.channels;

import static io.cvmjourneys.channels.TestMessages.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestCustomers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The channel team's work on PostgreSQL, as their gateway and their tools drive it over REST: bounce
 * and opt-out reports fail a template and withdraw a consent, the nightly watch gives the team its
 * review; a day over SMS's capacity (6 here) is held to the next day from the team's task.
 */
@TestPropertySource(properties = "cvm.channels.daily-capacity.SMS=6")
class ChannelTeamWorkOverRestOnPostgresTest extends JourneyOverRestOnPostgres {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    OutboxTable outbox;
    @Autowired
    TemplateReviews templates;
    @Autowired
    ChannelVolumes volumes;

    @Test
    void theGatewaysReportsFailATemplateWithdrawAConsentAndTheChannelTeamAnswersTheReview() {
        TestClock.pin(at(MONDAY, "05:00"));
        String customer = TestCustomers.loyalHighValue(jdbc, "CUST-970001", "P9");
        TestCustomers.consents(jdbc, customer, "MARKETING", "SMS");
        Instant lastWeek = at(MONDAY.minusDays(3), "11:00");
        TestMessages messages = new TestMessages(outbox);
        List<Long> offers = messages.sent(customer, Channel.SMS, MessageKind.COMMERCIAL, "winback-offer", lastWeek, 250);
        messages.sent(customer, Channel.SMS, MessageKind.COMMERCIAL, "winback-offer", at(MONDAY.minusDays(10), "11:00"), 250);

        for (long bounced : offers.subList(0, 10)) {
            assertThat(report(bounced, "BOUNCED").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        ResponseEntity<String> again = report(offers.get(0), "BOUNCED");
        assertThat(again.getStatusCode()).as("the gateway reported twice").isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<Boolean>read(again.getBody(), "$.recorded")).isFalse();
        ResponseEntity<String> optOut = report(offers.get(20), "OPTED_OUT");
        assertThat(JsonPath.<Boolean>read(optOut.getBody(), "$.consentWithdrawn")).isTrue();
        assertThat(jdbc.sql("SELECT granted FROM cvm.consent WHERE customer_id = ? AND purpose = 'MARKETING' AND channel = 'SMS'")
                .param(customer).query(Boolean.class).single()).isFalse();

        assertThat(templates.openWhereReportsCall()).containsExactly("winback-offer on SMS");
        String review = journey("template-review:winback-offer:SMS");
        String task = people.claimTask(review, "channel", "Task_ReviewFailingTemplate");
        String form = people.as("channel").get().uri("/engine-rest/task/{id}/form-variables", task).retrieve().body(String.class);
        assertThat(JsonPath.<String>read(form, "$.templateFigures.value"))
                .startsWith("Last 7 days: 250 sent, 10 bounced (40.0 per 1,000), 1 opted out (4.0 per 1,000).");
        assertThat(people.complete("channel", task, """
                {"templateDecision": {"value": "CLEAN_LIST"}, "templateNote": {"value": "October's import had old numbers"}}""")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(review).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_TemplateReviewed");
    }

    @Test
    void aDayOverSmsCapacityIsHeldToTheNextDayFromTheChannelTeamsTask() {
        LocalDate day = MONDAY.plusDays(1);
        TestClock.pin(at(day, "06:00"));
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            queued.add(new TestMessages(outbox).queued("CUST-970002", Channel.SMS, MessageKind.COMMERCIAL, "winback-offer",
                    at(day, "08:00"), at(day.minusDays(1), "21:00").plus(Duration.ofMinutes(i))));
        }

        assertThat(volumes.checkToday()).containsExactly(Channel.SMS);
        String check = journey("channel-volume:SMS:" + day);
        String task = people.claimTask(check, "channel", "Task_PlanDayOverCapacity");
        assertThat(people.complete("channel", task, """
                {"volumeDecision": {"value": "HOLD_OVERFLOW"}, "volumeNote": {"value": "No burst left this week"}}""")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(queued).extracting(id -> jdbc.sql("SELECT not_before FROM cvm.outbox_message WHERE id = ?").param(id)
                        .query(Timestamp.class).single().toInstant())
                .as("the two queued last wait a day, at the same time")
                .containsExactly(at(day, "08:00"), at(day, "08:00"), at(day, "08:00"), at(day, "08:00"), at(day, "08:00"),
                        at(day, "08:00"), at(day.plusDays(1), "08:00"), at(day.plusDays(1), "08:00"));
    }

    private ResponseEntity<String> report(long messageId, String outcome) {
        return people.as("channel").post().uri("/api/outbox/messages/{id}/reports", messageId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\": \"" + outcome + "\", \"detail\": \"Gateway\"}")
                .retrieve().toEntity(String.class);
    }

    private String journey(String businessKey) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }
}
