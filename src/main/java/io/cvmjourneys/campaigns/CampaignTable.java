package io.cvmjourneys.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.moments.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The campaign tables: campaigns with their changes, and each campaign's audience as approved. Callers own the transaction. */
@Repository
class CampaignTable {

    /** What became of one customer of the audience. */
    enum RecipientState { WAITING, HOLDOUT, QUEUED, SUPPRESSED, STOPPED }

    /** One customer handled by a batch: queued through a channel, or suppressed by a policy. */
    record Handled(String customerId, RecipientState state, Channel channel, String decisionId, String policy, String reason) {
    }

    private static final String SELECT = """
            SELECT c.id, c.name, c.action_id, c.channels, c.audience, c.message, c.holdout_percent, c.send_from,
                   c.per_minute, c.status, c.version, c.changed_by, c.changed_at, c.process_instance_id,
                   (SELECT a.name FROM cvm.nba_action a WHERE a.id = c.action_id) AS action_name
            FROM cvm.campaign c""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    CampaignTable(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    long insert(CampaignDraft draft, String by, Instant at, String reason) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cvm.campaign (name, action_id, channels, audience, message, holdout_percent, send_from,
                                                  per_minute, status, version, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', 1, ?, ?)""")
                .params(draft.name(), draft.actionId(), channels(draft), toJson(draft.audience()), draft.message(),
                        draft.holdoutPercent(), timestamp(draft.sendFrom()), draft.perMinute(), by, timestamp(at))
                .update(id, "id");
        long campaignId = id.getKeyAs(Long.class);
        addChange(campaignId, 1, CampaignStatus.DRAFT, by, at, reason);
        return campaignId;
    }

    /** Saves the draft as the next version unless someone changed the campaign since {@code seen}. */
    boolean update(long id, int seen, CampaignDraft draft, String by, Instant at, String reason) {
        boolean updated = jdbc.sql("""
                        UPDATE cvm.campaign SET name = ?, action_id = ?, channels = ?, audience = ?, message = ?,
                               holdout_percent = ?, send_from = ?, per_minute = ?, version = version + 1, changed_by = ?,
                               changed_at = ?
                        WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(draft.name(), draft.actionId(), channels(draft), toJson(draft.audience()), draft.message(),
                        draft.holdoutPercent(), timestamp(draft.sendFrom()), draft.perMinute(), by, timestamp(at), id, seen)
                .update() == 1;
        if (updated) {
            addChange(id, seen + 1, CampaignStatus.DRAFT, by, at, reason);
        }
        return updated;
    }

    /** Moves the campaign (locked by the caller) to the status as its next version. */
    void move(Campaign campaign, CampaignStatus status, String by, Instant at, String reason) {
        jdbc.sql("UPDATE cvm.campaign SET status = ?, version = ?, changed_by = ?, changed_at = ? WHERE id = ?")
                .params(status.name(), campaign.version() + 1, by, timestamp(at), campaign.id())
                .update();
        addChange(campaign.id(), campaign.version() + 1, status, by, at, reason);
    }

    void startedAs(long id, String processInstanceId) {
        jdbc.sql("UPDATE cvm.campaign SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    private void addChange(long id, int version, CampaignStatus status, String by, Instant at, String reason) {
        jdbc.sql("""
                        INSERT INTO cvm.campaign_change (campaign_id, version, status, changed_by, changed_at, reason)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, version, status.name(), by, timestamp(at), reason)
                .update();
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(this::campaign).optional();
    }

    /** The campaign, locked until the caller's transaction ends: a batch and a stop never cross. */
    Optional<Campaign> lock(long id) {
        jdbc.sql("SELECT id FROM cvm.campaign WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return find(id);
    }

    /** Newest first. */
    List<Campaign> all() {
        return jdbc.sql(SELECT + " ORDER BY c.id DESC").query(this::campaign).list();
    }

    List<CampaignChange> history(long id) {
        return jdbc.sql("""
                        SELECT version, status, changed_by, changed_at, reason FROM cvm.campaign_change
                        WHERE campaign_id = ? ORDER BY version DESC""")
                .param(id)
                .query((row, n) -> new CampaignChange(row.getInt("version"), CampaignStatus.valueOf(row.getString("status")),
                        row.getString("changed_by"), instant(row, "changed_at"), row.getString("reason")))
                .list();
    }

    /** The approved audience in sending order, the customers {@code heldOut} picks as the control group. */
    void addRecipients(long id, List<String> customerIds, Predicate<String> heldOut) {
        List<Object[]> rows = new ArrayList<>(customerIds.size());
        for (String customerId : customerIds) {
            rows.add(new Object[] {id, customerId, rows.size() + 1,
                    (heldOut.test(customerId) ? RecipientState.HOLDOUT : RecipientState.WAITING).name()});
        }
        batch.batchUpdate("INSERT INTO cvm.campaign_recipient (campaign_id, customer_id, position, state) VALUES (?, ?, ?, ?)",
                rows);
    }

    /** The next customers to contact now, in sending order: waiting, and not held until later. */
    List<String> nextWaiting(long id, Instant now, int limit) {
        return jdbc.sql("""
                        SELECT customer_id FROM cvm.campaign_recipient
                        WHERE campaign_id = ? AND state = 'WAITING' AND (not_before IS NULL OR not_before <= ?)
                        ORDER BY position FETCH FIRST ? ROWS ONLY""")
                .params(id, timestamp(now), limit).query(String.class).list();
    }

    /** Keeps the customer waiting until the instant (the end of their quiet hours). */
    void holdUntil(long id, Map<String, Instant> until) {
        batch.batchUpdate("UPDATE cvm.campaign_recipient SET not_before = ? WHERE campaign_id = ? AND customer_id = ?",
                until.entrySet().stream().map(hold -> new Object[] {timestamp(hold.getValue()), id, hold.getKey()}).toList());
    }

    /** When the first customer still waiting may be contacted; {@code now} for one who may be now. */
    Optional<Instant> nextWaitingAt(long id, Instant now) {
        return jdbc.sql("""
                        SELECT MIN(COALESCE(not_before, ?)) FROM cvm.campaign_recipient
                        WHERE campaign_id = ? AND state = 'WAITING'""")
                .params(timestamp(now), id).query((row, n) -> instant(row, 1)).list().stream().filter(Objects::nonNull).findFirst();
    }

    void handled(long id, List<Handled> customers, Instant at) {
        batch.batchUpdate("""
                        UPDATE cvm.campaign_recipient SET state = ?, channel = ?, decision_id = ?, policy = ?, reason = ?,
                               handled_at = ?
                        WHERE campaign_id = ? AND customer_id = ? AND state = 'WAITING'""",
                customers.stream().map(handled -> new Object[] {handled.state().name(),
                        handled.channel() == null ? null : handled.channel().name(), handled.decisionId(), handled.policy(),
                        shortened(handled.reason()), timestamp(at), id, handled.customerId()}).toList());
    }

    /** Every customer still waiting is not contacted any more; answers how many. */
    int stopWaiting(long id, String reason, Instant at) {
        return jdbc.sql("""
                        UPDATE cvm.campaign_recipient SET state = 'STOPPED', reason = ?, handled_at = ?
                        WHERE campaign_id = ? AND state = 'WAITING'""")
                .params(shortened(reason), timestamp(at), id).update();
    }

    /** The decisions that let the campaign's messages go, in sending order. */
    List<String> decisionsQueued(long id) {
        return jdbc.sql("SELECT decision_id FROM cvm.campaign_recipient WHERE campaign_id = ? AND state = 'QUEUED' ORDER BY position")
                .param(id).query(String.class).list();
    }

    /** How many customers are in each state. */
    List<CampaignTally.Count> states(long id) {
        return jdbc.sql("SELECT state, COUNT(*) AS n FROM cvm.campaign_recipient WHERE campaign_id = ? GROUP BY state ORDER BY state")
                .param(id).query((row, n) -> new CampaignTally.Count(row.getString("state"), row.getLong("n"))).list();
    }

    /** How many customers each policy suppressed, most first. */
    List<CampaignTally.Count> suppressedBy(long id) {
        return jdbc.sql("""
                        SELECT policy, COUNT(*) AS n FROM cvm.campaign_recipient
                        WHERE campaign_id = ? AND state = 'SUPPRESSED' GROUP BY policy ORDER BY n DESC, policy""")
                .param(id).query((row, n) -> new CampaignTally.Count(row.getString("policy"), row.getLong("n"))).list();
    }

    private Campaign campaign(ResultSet row, int rowNumber) throws SQLException {
        CampaignDraft draft = new CampaignDraft(row.getString("name"), row.getString("action_id"),
                Arrays.stream(row.getString("channels").split(",")).map(Channel::valueOf).toList(),
                fromJson(row.getString("audience")), row.getString("message"), row.getInt("holdout_percent"),
                instant(row, "send_from"), row.getInt("per_minute"));
        return new Campaign(row.getLong("id"), draft, row.getString("action_name"),
                CampaignStatus.valueOf(row.getString("status")), row.getInt("version"), row.getString("changed_by"),
                instant(row, "changed_at"), row.getString("process_instance_id"));
    }

    private static String channels(CampaignDraft draft) {
        return draft.channels().stream().map(Channel::name).collect(Collectors.joining(","));
    }

    private String toJson(Audience audience) {
        try {
            return json.writeValueAsString(audience);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A campaign's audience cannot be written as JSON", e);
        }
    }

    private Audience fromJson(String text) {
        try {
            return json.readValue(text, Audience.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A campaign's audience is not the JSON the table writes: " + text, e);
        }
    }

    private static String shortened(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    /** Timestamps travel as OffsetDateTime: both drivers map it to TIMESTAMP WITH TIME ZONE, neither takes Instant. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return instant(row.getTimestamp(column));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return instant(row.getTimestamp(column));
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
