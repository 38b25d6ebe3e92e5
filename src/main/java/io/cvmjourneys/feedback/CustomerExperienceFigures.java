package io.cvmjourneys.feedback;

import io.cvmjourneys.customer.CustomerComplaints.ComplaintRate;
import io.cvmjourneys.moments.Tnps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The CX figures of a period that reports beyond the CX dashboard use (the management scorecard). */
public interface CustomerExperienceFigures {

    /** The root cause of a complaint nobody has recorded one for: not triaged yet, or filed before triage existed. */
    String NOT_TRIAGED = "NOT_TRIAGED";

    /** The tNPS of the survey answers each journey (by process key) received in the period. */
    Map<String, Tnps> tnpsByJourney(Instant from, Instant to);

    /** Complaints linked to each program per 1,000 deliveries of its actions, worst (or unknown) first. */
    List<ComplaintRate> complaintsPerProgram(Instant from, Instant to);

    /** Complaints per root cause in each week of the period, the causes with most complaints first. */
    RootCauseTrend rootCauseTrend(LocalDate firstDay, LocalDate lastDay, ZoneId zone);

    /** Weeks from Monday; the first and the last may be partial. */
    record RootCauseTrend(List<LocalDate> weeks, List<CauseInWeeks> causes) {
    }

    record CauseInWeeks(String cause, List<Long> perWeek) {
        public long total() {
            return perWeek.stream().mapToLong(Long::longValue).sum();
        }
    }
}
