package io.cvmjourneys.nba;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every decision with its explanation, and the customer's answers to what it proposed. */
@Repository
class DecisionLog {

    record LoggedDecision(String id, String customerId, Channel channel, List<String> proposedActions) {
    }

    /**
     * A logged decision as a replay needs it: the table's inputs (rebuilt from the context summary
     * for rows logged before the inputs were kept), the actions arbitration saw, and those it suppressed.
     */
    /** @param suppressedBy each action arbitration removed, with the policy that removed it */
    record LoggedInputs(String id, String customerId, String moment, Channel channel, Instant decidedAt,
                        Map<String, Object> tableInputs, boolean rebuilt, Set<String> arbitrated,
                        Map<String, String> suppressedBy) {

        Set<String> suppressed() {
            return suppressedBy.keySet();
        }

        /** The customer's value segment when decided; null if the inputs lack it. */
        Segment segment() {
            Object segment = tableInputs.get("segment");
            return segment == null ? null : Segment.valueOf(segment.toString());
        }
    }

    /** An answered offer as learning counts it: accepted, or declined / not reached (NO_ANSWER). */
    record AnsweredOffer(String actionId, Segment segment, Channel channel, boolean accepted, double tablePropensity) {
    }

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> JSON_LIST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    DecisionLog(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /**
     * @param presentedIn where an agent's page shows the decision (see {@link #lastPresented}); null otherwise
     * @param journeyId   the journey (process instance) that asked for the decision; null otherwise
     */
    void record(NextBestActions answer, String journeyStep, String presentedIn, String journeyId, Instant decidedAt,
                CustomerContext context, LocalDate today, List<Candidate> candidates, TableInputs inputs) {
        jdbc.sql("""
                        INSERT INTO cvm.nba_decision (id, customer_id, moment, channel, journey_step, decided_at,
                                                      context_summary, candidates, suppressed, decision_versions,
                                                      table_inputs, presented_in, journey_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(answer.decisionId(), answer.customerId(), answer.moment().name(), answer.channel().name(), journeyStep,
                        Timestamp.from(decidedAt), toJson(summary(context, today, inputs)),
                        toJson(candidates.stream().map(candidate -> Map.of("actionId", candidate.actionId(),
                                "propensity", candidate.propensity(), "value", candidate.value(), "reason", candidate.reason()))
                                .toList()),
                        toJson(answer.suppressed()), toJson(answer.decisionVersions()), toJson(inputs.asMap()), presentedIn,
                        journeyId)
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

    /** The latest decision shown at this place for this moment and channel since the given time, if any. */
    Optional<LoggedDecision> lastPresented(String presentedIn, MomentType moment, Channel channel, Instant since) {
        return jdbc.sql("""
                        SELECT id FROM cvm.nba_decision WHERE presented_in = ? AND moment = ? AND channel = ? AND decided_at >= ?
                        ORDER BY decided_at DESC, id""")
                .params(presentedIn, moment.name(), channel.name(), Timestamp.from(since))
                .query(String.class).list().stream().findFirst().flatMap(this::find);
    }

    /** Every decision shown at this place since the given time: one conversation's decisions. */
    Set<String> presentedSince(String presentedIn, Instant since) {
        return new LinkedHashSet<>(jdbc.sql("SELECT id FROM cvm.nba_decision WHERE presented_in = ? AND decided_at >= ?")
                .params(presentedIn, Timestamp.from(since)).query(String.class).list());
    }

    /** How many offers of the decisions presented at the place got each answer; NONE for those without one yet. */
    Map<String, Long> answersPresentedIn(String presentedIn) {
        Map<String, Long> answers = new TreeMap<>();
        jdbc.sql("""
                        SELECT COALESCE(o.outcome, 'NONE') AS answer, COUNT(*) AS offers
                        FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id
                        WHERE d.presented_in = ? GROUP BY COALESCE(o.outcome, 'NONE')""")
                .param(presentedIn)
                .query((RowCallbackHandler) row -> answers.put(row.getString("answer"), row.getLong("offers")));
        return answers;
    }

    /** The answer recorded for each offer of the decision that has one. */
    Map<String, Outcome> outcomes(String decisionId) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        jdbc.sql("SELECT action_id, outcome FROM cvm.nba_offer WHERE decision_id = ? AND outcome IS NOT NULL ORDER BY rank_no")
                .param(decisionId)
                .query((RowCallbackHandler) row -> outcomes.put(row.getString(1), Outcome.valueOf(row.getString(2))));
        return outcomes;
    }

    /** Records the offer's answer unless it is already the one recorded; answers what was recorded before, if any. */
    Optional<Outcome> recordOutcome(String decisionId, String actionId, Outcome outcome, String recordedBy, Instant at) {
        Optional<Outcome> previous = Optional.ofNullable(outcomes(decisionId).get(actionId));
        if (previous.filter(outcome::equals).isEmpty()) {
            jdbc.sql("UPDATE cvm.nba_offer SET outcome = ?, outcome_at = ?, outcome_by = ? WHERE decision_id = ? AND action_id = ?")
                    .params(outcome.name(), Timestamp.from(at), recordedBy, decisionId, actionId)
                    .update();
        }
        return previous;
    }

    /**
     * Every decision the candidate table proposed for since the given instant, oldest first, one at a
     * time: a campaign's contacts are left out, since a manager chose their action, not the table.
     */
    void forEachSince(Instant since, Consumer<LoggedInputs> consumer) {
        jdbc.sql("""
                        SELECT id, customer_id, moment, channel, journey_step, decided_at, context_summary, candidates,
                               suppressed, table_inputs
                        FROM cvm.nba_decision WHERE decided_at >= ? AND moment <> ? ORDER BY decided_at, id""")
                .params(Timestamp.from(since), MomentType.CAMPAIGN.name())
                .query((RowCallbackHandler) row -> consumer.accept(loggedInputs(row)));
    }

    /**
     * Every offer answered until the given instant whose decision the candidate table made (a campaign's
     * action was a manager's choice), with the customer's value segment and the table's propensity.
     * LATER is no answer yet.
     */
    void forEachAnswer(Instant until, Consumer<AnsweredOffer> consumer) {
        jdbc.sql("""
                        SELECT o.action_id, o.outcome, d.channel, d.context_summary, d.candidates
                        FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id
                        WHERE o.outcome IN (?, ?, ?) AND o.outcome_at <= ? AND d.moment <> ?""")
                .params(Outcome.ACCEPTED.name(), Outcome.DECLINED.name(), Outcome.NO_ANSWER.name(), Timestamp.from(until),
                        MomentType.CAMPAIGN.name())
                .query((RowCallbackHandler) row -> {
                    String actionId = row.getString("action_id");
                    Object segment = fromJson(row.getString("context_summary"), JSON_OBJECT).get("segment");
                    Channel channel = Channel.valueOf(row.getString("channel"));
                    boolean accepted = Outcome.ACCEPTED.name().equals(row.getString("outcome"));
                    fromJson(row.getString("candidates"), JSON_LIST).stream()
                            .filter(candidate -> actionId.equals(candidate.get("actionId"))).findFirst()
                            .filter(candidate -> segment != null)
                            .ifPresent(candidate -> consumer.accept(new AnsweredOffer(actionId,
                                    Segment.valueOf(segment.toString()), channel, accepted,
                                    ((Number) candidate.get("propensity")).doubleValue())));
                });
    }

    private LoggedInputs loggedInputs(ResultSet row) throws SQLException {
        String logged = row.getString("table_inputs");
        Map<String, Object> summary = fromJson(row.getString("context_summary"), JSON_OBJECT);
        Map<String, Object> kept = logged == null ? Map.of() : fromJson(logged, JSON_OBJECT);
        Map<String, Object> inputs = logged != null ? TableInputs.completed(kept, summary)
                : TableInputs.fromSummary(summary, row.getString("moment"), row.getString("channel"),
                        row.getString("journey_step")).asMap();
        // logged before some input existed: those were rebuilt from the summary as well
        boolean rebuilt = !kept.keySet().containsAll(inputs.keySet());
        return new LoggedInputs(row.getString("id"), row.getString("customer_id"), row.getString("moment"),
                Channel.valueOf(row.getString("channel")), row.getTimestamp("decided_at").toInstant(), inputs,
                rebuilt, actionIds(row.getString("candidates")), rules(row.getString("suppressed")));
    }

    private Set<String> actionIds(String entries) {
        return fromJson(entries, JSON_LIST).stream().map(entry -> (String) entry.get("actionId"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Map<String, String> rules(String suppressions) {
        Map<String, String> rules = new LinkedHashMap<>();
        fromJson(suppressions, JSON_LIST).forEach(entry -> rules.put((String) entry.get("actionId"), (String) entry.get("rule")));
        return rules;
    }

    private static Map<String, Object> summary(CustomerContext context, LocalDate today, TableInputs inputs) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("type", context.customer().type());
        summary.put("segment", context.customer().segment());
        summary.put("tenureMonths", context.tenureMonths(today));
        summary.put("daysToContractEnd", context.daysToContractEnd(today).orElse(null));
        summary.put("daysToLeaseEnd", context.daysToDeviceLeaseEnd(today).orElse(null));
        summary.put("daysDelinquent", context.billing().daysDelinquent());
        summary.put("openIncidentsInArea", context.openIncidentsInArea().size());
        summary.put("openComplaint", context.hasOpenComplaint());
        summary.put("daysSinceComplaintResolved", inputs.daysSinceComplaintResolved() == TableInputs.NONE_BEHIND ? null
                : inputs.daysSinceComplaintResolved());
        summary.put("mobileLines", inputs.mobileLines());
        summary.put("homeConnections", inputs.homeConnections());
        summary.put("activeJourneys", context.activeJourneys().stream().map(ActiveJourney::processId).toList());
        return summary;
    }

    private <T> T fromJson(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Decision log entry is not the JSON the log writes", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Decision log entry cannot be written as JSON", e);
        }
    }
}
