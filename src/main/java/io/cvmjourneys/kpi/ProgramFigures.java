package io.cvmjourneys.kpi;

import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.Tnps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reporting reads behind the KPI dashboard: engine history (journeys, steps, tasks) and the
 * decision log, read directly in SQL because they aggregate across thousands of journeys, which
 * the history API would load one object at a time.
 */
@Repository
class ProgramFigures {

    record Journey(String customerId, Instant started, Instant ended, String outcome) {
    }

    /** @param notice a notice the customer must be given (a mandatory action): nobody answers it, so it converts nothing */
    record ActionAcceptance(String actionId, String name, long offered, long answered, long accepted, long declined,
                            boolean notice) {
        /** Accepted of all offers made; none for a notice. */
        public Double conversion() {
            return notice ? null : ProgramReport.percent(accepted, offered);
        }

        /** Accepted of the offers the customer answered; none for a notice. */
        public Double acceptance() {
            return notice ? null : ProgramReport.percent(accepted, answered);
        }
    }

    record CustomersKept(long customers, BigDecimal lifetimeValue) {
    }

    /** @param messages by channel */
    record RecordedCosts(BigDecimal discounts, BigDecimal credits, long taskMillis, Map<String, Long> messages) {
    }

    record Churn(long left, long base) {
        public Double percent() {
            return ProgramReport.percent(left, base);
        }
    }

    record StepDurations(String stepId, String name, List<Long> millis) {
    }

    record TaskSla(String taskId, String name, long tasks, long open, long breaches) {
    }

    /** Where the survey answers of running journeys are counted. */
    static final String STILL_RUNNING = "RUNNING";
    private static final String OUTCOME = "outcome";
    /** The catalog's kind for what law or contract requires (nba.ActionKind.MANDATORY). */
    private static final String NOTICE = "MANDATORY";
    /** An upgrade journey's fee before and after (the up-sell journey's variables). */
    private static final String CURRENT_MONTHLY_FEE = "currentMonthlyFee";
    private static final String NEW_MONTHLY_FEE = "upgradeMonthlyFee";
    private static final String WAITING_STEPS = "'userTask', 'intermediateTimer', 'intermediateMessageCatch', 'receiveTask',"
            + " 'eventBasedGateway', 'subProcess', 'callActivity'";

    private final JdbcClient jdbc;

    ProgramFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The programs with journeys, then those with only offers; a program is one the programs page defines or an action names. */
    List<String> programs() {
        // processes that are no program's journeys (a campaign, a program's review, a learning) stay out
        List<String> programs = new ArrayList<>(jdbc.sql("SELECT DISTINCT KEY_ FROM ACT_RE_PROCDEF WHERE KEY_ IN"
                        + " (SELECT id FROM cvm.program) OR KEY_ IN (SELECT program FROM cvm.nba_action) ORDER BY KEY_")
                .query(String.class).list());
        jdbc.sql("SELECT DISTINCT program FROM cvm.nba_action ORDER BY program").query(String.class).list().stream()
                .filter(program -> !programs.contains(program))
                .forEach(programs::add);
        return programs;
    }

    List<Journey> journeys(String program, Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT p.BUSINESS_KEY_, p.START_TIME_, p.END_TIME_, (SELECT MAX(o.TEXT_) FROM ACT_HI_VARINST o"
                + " WHERE o.PROC_INST_ID_ = p.ID_ AND o.NAME_ = '" + OUTCOME + "') AS outcome FROM ACT_HI_PROCINST p WHERE "
                + journeysIn(program, scope, params);
        return jdbc.sql(sql).params(params)
                .query((row, n) -> new Journey(row.getString(1), row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant(), row.getString(4)))
                .list();
    }

    List<ActionAcceptance> acceptance(String program, Scope scope) {
        return acceptance(" AND o.program = ?", List.of(program), scope);
    }

    /** Every action offered in the scope, whatever its program (the nightly action watch). */
    List<ActionAcceptance> acceptanceOfEveryAction(Scope scope) {
        return acceptance("", List.of(), scope);
    }

    private List<ActionAcceptance> acceptance(String programClause, List<Object> programParams, Scope scope) {
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(scope.from()), Timestamp.from(scope.to())));
        params.addAll(programParams);
        String channel = "";
        if (scope.hasChannel()) {
            channel = " AND d.channel = ?";
            params.add(scope.channel().name());
        }
        return jdbc.sql("""
                        SELECT o.action_id, MAX(a.name), COUNT(*), MAX(a.kind),
                               SUM(CASE WHEN o.outcome IS NOT NULL THEN 1 ELSE 0 END),
                               SUM(CASE WHEN o.outcome = 'ACCEPTED' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN o.outcome = 'DECLINED' THEN 1 ELSE 0 END)
                        FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id
                        LEFT JOIN cvm.nba_action a ON a.id = o.action_id
                        WHERE d.decided_at >= ? AND d.decided_at < ?""" + programClause + channel
                        // a text block strips the leading space this clause needs: PostgreSQL refuses "?GROUP BY"
                        + " GROUP BY o.action_id ORDER BY COUNT(*) DESC, o.action_id")
                .params(params)
                .query((row, n) -> new ActionAcceptance(row.getString(1), row.getString(2), row.getLong(3), row.getLong(5),
                        row.getLong(6), row.getLong(7), NOTICE.equals(row.getString(4))))
                .list();
    }

    /**
     * An action proposed first on a digital inbound channel (the app's or website's offer slot): how
     * often, to how many customers, and how often accepted.
     */
    record Placement(String actionId, String channel, long proposed, long customers, long accepted) {
    }

    /** The app's and website's first offers over the scope, by action and channel. */
    List<Placement> placements(Scope scope) {
        return jdbc.sql("""
                        SELECT o.action_id, d.channel, COUNT(*), COUNT(DISTINCT d.customer_id),
                               SUM(CASE WHEN o.outcome = 'ACCEPTED' THEN 1 ELSE 0 END)
                        FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id
                        WHERE o.rank_no = 1 AND d.channel IN ('APP', 'WEB') AND d.decided_at >= ? AND d.decided_at < ?
                        GROUP BY o.action_id, d.channel ORDER BY o.action_id, d.channel""")
                .params(Timestamp.from(scope.from()), Timestamp.from(scope.to()))
                .query((row, n) -> new Placement(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5)))
                .list();
    }

    /** How long journeys waited in each step that waits (people, timers, messages), steps in first-seen order. */
    List<StepDurations> stepDurations(String program, Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT a.ACT_ID_, a.ACT_NAME_, a.DURATION_ FROM ACT_HI_ACTINST a JOIN ACT_HI_PROCINST p"
                + " ON p.ID_ = a.PROC_INST_ID_ WHERE a.END_TIME_ IS NOT NULL AND a.ACT_TYPE_ IN (" + WAITING_STEPS + ") AND "
                + journeysIn(program, scope, params) + " ORDER BY a.START_TIME_";
        Map<String, StepDurations> steps = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(row -> {
            String name = nameOr(row.getString(2), row.getString(1));
            steps.computeIfAbsent(row.getString(1), id -> new StepDurations(id, name, new ArrayList<>()))
                    .millis().add(row.getLong(3));
        });
        return List.copyOf(steps.values());
    }

    /** Per task: how many were created, are still open, and ran (or still run) past their due date at {@code now}. */
    List<TaskSla> slaBreaches(String program, Scope scope, Instant now) {
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(now)));
        String sql = "SELECT t.TASK_DEF_KEY_, MAX(t.NAME_), COUNT(*), SUM(CASE WHEN t.END_TIME_ IS NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.DUE_DATE_ IS NOT NULL AND COALESCE(t.END_TIME_, ?) > t.DUE_DATE_ THEN 1 ELSE 0 END)"
                + " FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_ WHERE "
                + journeysIn(program, scope, params) + " GROUP BY t.TASK_DEF_KEY_ ORDER BY t.TASK_DEF_KEY_";
        return jdbc.sql(sql).params(params)
                .query((row, n) -> new TaskSla(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5)))
                .list();
    }

    /**
     * The tNPS answers the program's journeys received, each with how its journey ended ({@value #STILL_RUNNING}
     * while it runs), outcomes in alphabetical order and the running ones last.
     */
    Map<String, Tnps> surveyAnswersByOutcome(String program, Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT v.LONG_, p.END_TIME_, (SELECT MAX(o.TEXT_) FROM ACT_HI_VARINST o WHERE o.PROC_INST_ID_ = p.ID_"
                + " AND o.NAME_ = '" + OUTCOME + "') FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p ON p.ID_ = v.PROC_INST_ID_"
                + " WHERE v.NAME_ = '" + Tnps.SURVEY_SCORE + "' AND v.LONG_ IS NOT NULL AND " + journeysIn(program, scope, params);
        Map<String, Tnps> byOutcome = new TreeMap<>(Comparator.comparing((String outcome) -> outcome.equals(STILL_RUNNING))
                .thenComparing(Comparator.naturalOrder()));
        jdbc.sql(sql).params(params).query(row -> {
            String outcome = row.getTimestamp(2) == null ? STILL_RUNNING : String.valueOf(row.getString(3));
            byOutcome.put(outcome, byOutcome.getOrDefault(outcome, Tnps.NONE).with((int) row.getLong(1)));
        });
        return byOutcome;
    }

    /** How customers rated the journeys an action was offered in: each action's journeys of the period, once each. */
    record ActionTnps(String actionId, String name, String program, Tnps tnps) {
    }

    /**
     * The tNPS of the journeys begun in the period, per action offered in them: by a decision the journey
     * asked for, or shown on one of its tasks' pages. Best rated first; actions no surveyed journey offered are left out.
     */
    List<ActionTnps> tnpsByAction(Scope scope) {
        String surveyed = "FROM ACT_HI_PROCINST p JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = p.ID_ AND v.NAME_ = '"
                + Tnps.SURVEY_SCORE + "' AND v.LONG_ IS NOT NULL ";
        String period = " WHERE p.START_TIME_ >= ? AND p.START_TIME_ < ?";
        // UNION keeps one row per action, journey and score: a journey that showed an action twice counts once
        String sql = "SELECT x.action_id, a.name, a.program, x.score FROM (SELECT o.action_id, p.ID_ AS journey, v.LONG_ AS score "
                + surveyed + "JOIN cvm.nba_decision d ON d.journey_id = p.ID_ JOIN cvm.nba_offer o ON o.decision_id = d.id" + period
                + " UNION SELECT o.action_id, p.ID_, v.LONG_ " + surveyed + "JOIN ACT_HI_TASKINST t ON t.PROC_INST_ID_ = p.ID_"
                + " JOIN cvm.nba_decision d ON d.presented_in = CONCAT('task:', t.ID_) JOIN cvm.nba_offer o ON o.decision_id = d.id"
                + period + ") x LEFT JOIN cvm.nba_action a ON a.id = x.action_id";
        Timestamp from = Timestamp.from(scope.from());
        Timestamp to = Timestamp.from(scope.to());
        Map<String, ActionTnps> byAction = new TreeMap<>();
        jdbc.sql(sql).params(from, to, from, to).query(row -> {
            String actionId = row.getString(1);
            ActionTnps seen = byAction.getOrDefault(actionId, new ActionTnps(actionId, nameOr(row.getString(2), actionId),
                    row.getString(3), Tnps.NONE));
            byAction.put(actionId, new ActionTnps(actionId, seen.name(), seen.program(), seen.tnps().with((int) row.getLong(4))));
        });
        return byAction.values().stream()
                .sorted(Comparator.comparingLong((ActionTnps row) -> row.tnps().score()).reversed()
                        .thenComparing(ActionTnps::actionId))
                .toList();
    }

    /** Customers whose ended journey had one of these outcomes, and their lifetime value together. */
    CustomersKept customersKept(String program, List<String> outcomes, Scope scope) {
        List<Object> params = new ArrayList<>();
        // a journey of a customer the base does not know (started over /engine-rest) counts, worth nothing known
        String sql = "SELECT COUNT(*), COALESCE(SUM(c.clv), 0) FROM ACT_HI_PROCINST p LEFT JOIN cvm.customer c ON c.id = p.BUSINESS_KEY_"
                + " WHERE " + journeysEndedWith(program, outcomes, scope, params);
        return jdbc.sql(sql).params(params).query((row, n) -> new CustomersKept(row.getLong(1), row.getBigDecimal(2))).single();
    }

    /**
     * Customers who ended a subscription in the period, against the customers who were with us when
     * it began: the churn the programs work against, whichever journey (if any) the customer was in.
     */
    Churn churn(LocalDate firstDay, LocalDate lastDay) {
        long left = jdbc.sql("SELECT COUNT(DISTINCT customer_id) FROM cvm.subscription WHERE cancelled_on >= ? AND cancelled_on <= ?")
                .params(Date.valueOf(firstDay), Date.valueOf(lastDay)).query(Long.class).single();
        long base = jdbc.sql("SELECT COUNT(*) FROM cvm.customer WHERE customer_since < ?").param(Date.valueOf(firstDay))
                .query(Long.class).single();
        return new Churn(left, base);
    }

    /** What the upgrades taken through a program's journeys add to the customers' monthly fees together. */
    BigDecimal monthlyFeesAdded(String program, List<String> outcomes, Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COALESCE(SUM(n.DOUBLE_ - c.DOUBLE_), 0) FROM ACT_HI_PROCINST p"
                + " JOIN ACT_HI_VARINST n ON n.PROC_INST_ID_ = p.ID_ AND n.NAME_ = '" + NEW_MONTHLY_FEE + "'"
                + " JOIN ACT_HI_VARINST c ON c.PROC_INST_ID_ = p.ID_ AND c.NAME_ = '" + CURRENT_MONTHLY_FEE + "'"
                + " WHERE " + journeysEndedWith(program, outcomes, scope, params);
        return jdbc.sql(sql).params(params).query((row, n) -> BigDecimal.valueOf(row.getDouble(1))
                .setScale(2, RoundingMode.HALF_UP)).single();
    }

    /**
     * What the program's journeys in scope gave and used, as they recorded it: discounts (percent off the
     * customer's monthly fee, for its months) and credits on accounts, agents' time on tasks (each task at
     * most {@code taskMillisAtMost}) and messages queued or sent, by channel. A step's account change and
     * message carry the step's reference, which starts with its journey's id.
     */
    RecordedCosts recordedCosts(String program, Scope scope, long taskMillisAtMost) {
        List<Object> params = new ArrayList<>();
        String changes = "SELECT COALESCE(SUM(CASE WHEN a.kind = 'DISCOUNT' THEN a.percent_off * c.arpu * a.months / 100.0 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN a.kind = 'CREDIT' THEN a.amount ELSE 0 END), 0)"
                + " FROM cvm.account_change a JOIN cvm.customer c ON c.id = a.customer_id"
                + " JOIN ACT_HI_PROCINST p ON a.reference LIKE CONCAT(p.ID_, ':%') WHERE " + journeysIn(program, scope, params);
        BigDecimal[] given = jdbc.sql(changes).params(params)
                .query((row, n) -> new BigDecimal[] {row.getBigDecimal(1), row.getBigDecimal(2)}).single();
        params = new ArrayList<>(List.of(taskMillisAtMost));
        long taskMillis = jdbc.sql("SELECT COALESCE(SUM(LEAST(t.DURATION_, ?)), 0) FROM ACT_HI_TASKINST t"
                        + " JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_ WHERE t.END_TIME_ IS NOT NULL AND "
                        + journeysIn(program, scope, params))
                .params(params).query(Long.class).single();
        params = new ArrayList<>();
        Map<String, Long> messages = new TreeMap<>();
        jdbc.sql("SELECT o.channel, COUNT(*) FROM cvm.outbox_message o JOIN ACT_HI_PROCINST p ON o.idempotency_key LIKE CONCAT(p.ID_, ':%')"
                        + " WHERE o.status IN ('PENDING', 'SENT') AND " + journeysIn(program, scope, params) + " GROUP BY o.channel")
                .params(params).query(row -> {
                    messages.put(row.getString(1), row.getLong(2));
                });
        return new RecordedCosts(scale(given[0]), scale(given[1]), taskMillis, messages);
    }

    /** The program's journeys in scope that ended with one of the outcomes. */
    private static String journeysEndedWith(String program, List<String> outcomes, Scope scope, List<Object> params) {
        String sql = "p.END_TIME_ IS NOT NULL AND " + journeysIn(program, scope, params)
                + " AND (SELECT MAX(o.TEXT_) FROM ACT_HI_VARINST o WHERE o.PROC_INST_ID_ = p.ID_ AND o.NAME_ = '" + OUTCOME + "')"
                + " IN (" + String.join(", ", outcomes.stream().map(outcome -> "?").toList()) + ")";
        params.addAll(outcomes);
        return sql;
    }

    private static String journeysIn(String program, Scope scope, List<Object> params) {
        params.addAll(List.of(program, Timestamp.from(scope.from()), Timestamp.from(scope.to())));
        String sql = "p.PROC_DEF_KEY_ = ? AND p.START_TIME_ >= ? AND p.START_TIME_ < ?";
        if (scope.hasChannel()) {
            params.add(scope.channel().name());
            sql += " AND EXISTS (SELECT 1 FROM ACT_HI_VARINST c WHERE c.PROC_INST_ID_ = p.ID_ AND c.NAME_ = '"
                    + JourneyStartVariables.CHANNEL + "' AND c.TEXT_ = ?)";
        }
        return sql;
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String nameOr(String name, String id) {
        return name == null || name.isBlank() ? id : name.replace('\n', ' ');
    }
}
