package io.cvmjourneys.feedback;

import io.cvmjourneys.customer.CustomerComplaints.ComplaintRate;
import io.cvmjourneys.moments.Tnps;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The CX dashboard's figures for a period. A reporting read: it joins the complaint, contact
 * history and action catalog tables directly rather than through the modules' facades.
 */
@Repository
class CxFigures implements CustomerExperienceFigures {

    record Resolution(long resolved, long open, double averageHours, double medianHours) {
    }

    private final JdbcClient jdbc;
    private final HistoryService historyService;

    CxFigures(JdbcClient jdbc, HistoryService historyService) {
        this.jdbc = jdbc;
        this.historyService = historyService;
    }

    /** Complaints linked to each action per 1,000 times the action reached a customer, worst (or unknown) first. */
    List<ComplaintRate> perAction(Instant from, Instant to) {
        return rates(counts("SELECT linked_action_id AS name, COUNT(*) AS n FROM cvm.complaint"
                        + " WHERE linked_action_id IS NOT NULL AND filed_at >= ? AND filed_at < ? GROUP BY linked_action_id", from, to),
                counts("SELECT action_id AS name, COUNT(*) AS n FROM cvm.contact_history"
                        + " WHERE contacted_at >= ? AND contacted_at < ? GROUP BY action_id", from, to));
    }

    @Override
    public List<ComplaintRate> complaintsPerProgram(Instant from, Instant to) {
        return rates(counts("SELECT linked_program AS name, COUNT(*) AS n FROM cvm.complaint"
                        + " WHERE linked_program IS NOT NULL AND filed_at >= ? AND filed_at < ? GROUP BY linked_program", from, to),
                counts("SELECT a.program AS name, COUNT(*) AS n FROM cvm.contact_history h JOIN cvm.nba_action a ON a.id = h.action_id"
                        + " WHERE h.contacted_at >= ? AND h.contacted_at < ? GROUP BY a.program", from, to));
    }

    @Override
    public RootCauseTrend rootCauseTrend(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        LocalDate firstWeek = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = Stream.iterate(firstWeek, week -> !week.isAfter(lastDay), week -> week.plusWeeks(1)).toList();
        Map<String, long[]> perCause = new HashMap<>();
        jdbc.sql("SELECT root_cause, filed_at FROM cvm.complaint WHERE filed_at >= ? AND filed_at < ?")
                .params(Timestamp.from(firstDay.atStartOfDay(zone).toInstant()),
                        Timestamp.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant()))
                .query(row -> {
                    String cause = row.getString("root_cause");
                    LocalDate filed = LocalDate.ofInstant(row.getTimestamp("filed_at").toInstant(), zone);
                    int week = (int) ChronoUnit.WEEKS.between(firstWeek, filed.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                    perCause.computeIfAbsent(cause == null ? NOT_TRIAGED : cause, key -> new long[weeks.size()])[week]++;
                });
        List<CauseInWeeks> causes = perCause.entrySet().stream()
                .map(entry -> new CauseInWeeks(entry.getKey(), Arrays.stream(entry.getValue()).boxed().toList()))
                .sorted(Comparator.comparingLong(CauseInWeeks::total).reversed().thenComparing(CauseInWeeks::cause))
                .toList();
        return new RootCauseTrend(weeks, causes);
    }

    Resolution resolution(Instant from, Instant to) {
        List<Double> hours = new ArrayList<>();
        long[] open = {0};
        jdbc.sql("SELECT filed_at, resolved_at FROM cvm.complaint WHERE filed_at >= ? AND filed_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(row -> {
                    Timestamp resolved = row.getTimestamp("resolved_at");
                    if (resolved == null) {
                        open[0]++;
                    } else {
                        hours.add(Duration.between(row.getTimestamp("filed_at").toInstant(), resolved.toInstant()).toMinutes() / 60.0);
                    }
                });
        hours.sort(Comparator.naturalOrder());
        double average = hours.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double median = hours.isEmpty() ? 0 : hours.get(hours.size() / 2);
        return new Resolution(hours.size(), open[0], Math.round(average * 10) / 10.0, Math.round(median * 10) / 10.0);
    }

    @Override
    public Map<String, Tnps> tnpsByJourney(Instant from, Instant to) {
        Map<String, Tnps> byJourney = new TreeMap<>();
        for (HistoricVariableInstance answer : historyService.createHistoricVariableInstanceQuery()
                .variableName(FeedbackVariables.SURVEY_SCORE).list()) {
            Instant at = answer.getCreateTime().toInstant();
            if (!at.isBefore(from) && at.isBefore(to) && answer.getValue() instanceof Integer score) {
                byJourney.put(answer.getProcessDefinitionKey(),
                        byJourney.getOrDefault(answer.getProcessDefinitionKey(), Tnps.NONE).with(score));
            }
        }
        return byJourney;
    }

    private Map<String, Long> counts(String sql, Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).params(Timestamp.from(from), Timestamp.from(to))
                .query(row -> {
                    counts.put(row.getString("name"), row.getLong("n"));
                });
        return counts;
    }

    private static List<ComplaintRate> rates(Map<String, Long> complaints, Map<String, Long> deliveries) {
        return complaints.entrySet().stream()
                .map(entry -> new ComplaintRate(entry.getKey(), entry.getValue(), deliveries.getOrDefault(entry.getKey(), 0L)))
                .sorted(ComplaintRate.WORST_FIRST)
                .toList();
    }
}
