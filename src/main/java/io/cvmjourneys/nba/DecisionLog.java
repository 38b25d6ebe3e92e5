package io.cvmjourneys.nba;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.moments.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every decision with its explanation, and the customer's answers to what it proposed. */
@Repository
class DecisionLog {

    record LoggedDecision(String id, String customerId, Channel channel, List<String> proposedActions) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    DecisionLog(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    void record(NextBestActions answer, String journeyStep, Instant decidedAt, CustomerContext context, LocalDate today,
                List<Candidate> candidates) {
        jdbc.sql("""
                        INSERT INTO cvm.nba_decision (id, customer_id, moment, channel, journey_step, decided_at,
                                                      context_summary, candidates, suppressed, decision_versions)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(answer.decisionId(), answer.customerId(), answer.moment().name(), answer.channel().name(), journeyStep,
                        Timestamp.from(decidedAt), toJson(summary(context, today)),
                        toJson(candidates.stream().map(candidate -> Map.of("actionId", candidate.actionId(),
                                "propensity", candidate.propensity(), "value", candidate.value(), "reason", candidate.reason()))
                                .toList()),
                        toJson(answer.suppressed()), toJson(answer.decisionVersions()))
                .update();
        List<Object[]> offers = new ArrayList<>();
        for (RankedAction action : answer.actions()) {
            offers.add(new Object[] {answer.decisionId(), action.actionId(), offers.size() + 1, action.program(), action.score()});
        }
        // one round trip for all offers
        batch.batchUpdate("INSERT INTO cvm.nba_offer (decision_id, action_id, rank_no, program, score) VALUES (?, ?, ?, ?, ?)",
                offers);
    }

    Optional<LoggedDecision> find(String decisionId) {
        List<String> proposed = jdbc.sql("SELECT action_id FROM cvm.nba_offer WHERE decision_id = ? ORDER BY rank_no")
                .param(decisionId).query(String.class).list();
        return jdbc.sql("SELECT customer_id, channel FROM cvm.nba_decision WHERE id = ?")
                .param(decisionId)
                .query((row, n) -> new LoggedDecision(decisionId, row.getString("customer_id"),
                        Channel.valueOf(row.getString("channel")), proposed))
                .optional();
    }

    /** Answers whether this was the first outcome recorded for the offer (the moment it was delivered). */
    boolean recordOutcome(String decisionId, String actionId, Outcome outcome, String recordedBy, Instant at) {
        boolean first = jdbc.sql("SELECT COUNT(*) FROM cvm.nba_offer WHERE decision_id = ? AND action_id = ? AND outcome IS NOT NULL")
                .params(decisionId, actionId).query(Long.class).single() == 0;
        jdbc.sql("UPDATE cvm.nba_offer SET outcome = ?, outcome_at = ?, outcome_by = ? WHERE decision_id = ? AND action_id = ?")
                .params(outcome.name(), Timestamp.from(at), recordedBy, decisionId, actionId)
                .update();
        return first;
    }

    private static Map<String, Object> summary(CustomerContext context, LocalDate today) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("type", context.customer().type());
        summary.put("segment", context.customer().segment());
        summary.put("tenureMonths", context.tenureMonths(today));
        summary.put("daysToContractEnd", context.daysToContractEnd(today).orElse(null));
        summary.put("daysToLeaseEnd", context.daysToDeviceLeaseEnd(today).orElse(null));
        summary.put("daysDelinquent", context.billing().daysDelinquent());
        summary.put("openIncidentsInArea", context.openIncidentsInArea().size());
        summary.put("openComplaint", context.hasOpenComplaint());
        summary.put("activeJourneys", context.activeJourneys().stream().map(ActiveJourney::processId).toList());
        return summary;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Decision log entry cannot be written as JSON", e);
        }
    }
}
