package io.cvmjourneys.nba;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action catalog. Read whole for every decision (a few dozen rows, one query), so a pause by a
 * CVM manager takes effect from the next decision on, on every node.
 */
@Service
public class ActionCatalog {

    /** What a pause or resume may say about why (the column's size): a complaint review's note fits. */
    public static final int MAX_REASON_LENGTH = 1000;
    private static final Pattern ACTION_ID = Pattern.compile("[A-Z][A-Z0-9_]{2,59}");
    private static final int MAX_NAME = 120;
    private static final BigDecimal MAX_VALUE = new BigDecimal("99999999.99");

    /** An action of a program nobody defined is as live as its own pause says. */
    private static final String COLUMNS = "id, name, program, kind, channels, base_value, valid_from, valid_until, paused,"
            + " consent_purpose, COALESCE((SELECT p.status FROM cvm.program p WHERE p.id = a.program), 'LIVE') AS program_status";
    private static final String FROM = " FROM cvm.nba_action a";
    private static final String SELECT = "SELECT " + COLUMNS + FROM;

    private final JdbcClient jdbc;
    private final Clock clock;

    ActionCatalog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Action> all() {
        return jdbc.sql(SELECT + " ORDER BY program, id").query(ActionCatalog::action).list();
    }

    /** Every action with its last pause or resume, as a CVM manager reviews the catalog. */
    public List<CatalogEntry> entries() {
        return jdbc.sql("SELECT " + COLUMNS + ", changed_by, changed_at, change_reason" + FROM + " ORDER BY program, id")
                .query((row, rowNumber) -> {
                    Timestamp changedAt = row.getTimestamp("changed_at");
                    return new CatalogEntry(action(row, rowNumber), row.getString("changed_by"),
                            changedAt == null ? null : changedAt.toInstant(), row.getString("change_reason"));
                })
                .list();
    }

    public Optional<Action> find(String actionId) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(actionId).query(ActionCatalog::action).optional();
    }

    /**
     * Pauses or resumes an action; who and why are kept with it. A mandatory notice is refused: it is
     * sent whatever the decisions say, so a pause would only hide it from the agents who must mention it.
     */
    @Transactional
    public Action setPaused(String actionId, boolean paused, String changedBy, String reason) {
        Action action = find(actionId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "There is no action " + actionId + " in the catalog.", "actionId"));
        String quoted = "\u201c" + action.name() + "\u201d";
        if (paused && action.isMandatory()) {
            throw new ApiException(HttpStatus.CONFLICT, quoted + " is a notice the law or the contract requires: it goes"
                    + " out whatever the decisions say, so it cannot be paused.", "actionId");
        }
        if (reason == null || reason.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say why you " + (paused ? "pause " : "resume ") + quoted
                    + ": the reason is kept with the action for whoever looks at it next.", "reason");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The reason is " + reason.strip().length()
                    + " characters long; keep it to " + MAX_REASON_LENGTH + ".", "reason");
        }
        jdbc.sql("UPDATE cvm.nba_action SET paused = ?, changed_by = ?, changed_at = ?, change_reason = ?"
                        + " WHERE id = ?")
                .params(paused, changedBy, Timestamp.from(clock.instant()), reason.strip(), actionId)
                .update();
        return find(actionId).orElseThrow();
    }

    /**
     * Refuses a definition the catalog cannot take (400 with what to fix): the id decision tables name it by,
     * a name, a defined program, a kind, a channel at least, a value, valid dates in order, and for an offer
     * the customer's marketing consent.
     */
    public void check(String actionId, ActionDraft draft) {
        if (actionId == null || !ACTION_ID.matcher(actionId).matches()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "An action's id is 3 to 60 capital letters, digits and"
                    + " underscores, as decision tables name it (e.g. LOYALTY_REWARD)", "subject");
        }
        if (draft == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Give the action's definition", "action");
        }
        if (draft.name() == null || draft.name().isEmpty() || draft.name().length() > MAX_NAME) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "An action's name has 1 to " + MAX_NAME + " characters: agents"
                    + " read it beside the offer", "action.name");
        }
        if (draft.program() == null || jdbc.sql("SELECT COUNT(*) FROM cvm.program WHERE id = ?").param(draft.program())
                .query(Long.class).single() == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "No program '" + draft.program() + "': an action belongs to a"
                    + " defined program", "action.program");
        }
        if (draft.kind() == null || draft.channels().isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say the action's kind " + List.of(ActionKind.values())
                    + " and at least one channel it is delivered through", draft.kind() == null ? "action.kind" : "action.channels");
        }
        if (draft.value() == null || draft.value().signum() < 0 || draft.value().compareTo(MAX_VALUE) > 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "An action's value lies between 0 and " + MAX_VALUE, "action.value");
        }
        if (draft.validFrom() != null && draft.validUntil() != null && draft.validUntil().isBefore(draft.validFrom())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "An action is valid until a day after it starts", "action.validUntil");
        }
        if (draft.kind() == ActionKind.COMMERCIAL && draft.consentPurpose() != ConsentPurpose.MARKETING) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "An offer reaches only customers who agreed to marketing:"
                    + " its consent purpose is MARKETING", "action.consentPurpose");
        }
    }

    /** Adds the action, or changes its definition (a pause stays as it is); who, when and why are kept with it. */
    @Transactional
    public Action define(String actionId, ActionDraft draft, String by, String reason) {
        check(actionId, draft);
        Object[] fields = {draft.name(), draft.program(), draft.kind().name(), draft.channels().stream().sorted()
                .map(Channel::name).collect(Collectors.joining(",")), draft.value(),
                draft.validFrom() == null ? null : Date.valueOf(draft.validFrom()),
                draft.validUntil() == null ? null : Date.valueOf(draft.validUntil()),
                draft.consentPurpose() == null ? null : draft.consentPurpose().name(), by,
                Timestamp.from(clock.instant()), reason, actionId};
        if (jdbc.sql("""
                        UPDATE cvm.nba_action SET name = ?, program = ?, kind = ?, channels = ?, base_value = ?, valid_from = ?,
                               valid_until = ?, consent_purpose = ?, changed_by = ?, changed_at = ?, change_reason = ?
                        WHERE id = ?""").params(fields).update() == 0) {
            jdbc.sql("""
                            INSERT INTO cvm.nba_action (name, program, kind, channels, base_value, valid_from, valid_until,
                                                        consent_purpose, changed_by, changed_at, change_reason, id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(fields).update();
        }
        return find(actionId).orElseThrow();
    }

    Map<String, Action> byId() {
        return all().stream().collect(Collectors.toMap(Action::id, action -> action, (a, b) -> a, LinkedHashMap::new));
    }

    private static Action action(ResultSet row, int rowNumber) throws SQLException {
        String purpose = row.getString("consent_purpose");
        return new Action(row.getString("id"), row.getString("name"), row.getString("program"),
                ActionKind.valueOf(row.getString("kind")),
                Arrays.stream(row.getString("channels").split(",")).map(String::trim).map(Channel::valueOf)
                        .collect(Collectors.toSet()),
                row.getBigDecimal("base_value"), localDate(row.getDate("valid_from")), localDate(row.getDate("valid_until")),
                row.getBoolean("paused"), purpose == null ? null : ConsentPurpose.valueOf(purpose),
                "LIVE".equals(row.getString("program_status")));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
