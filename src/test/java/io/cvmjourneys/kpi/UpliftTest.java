package io.cvmjourneys.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.kpi.KpiProperties.Figure;
import io.cvmjourneys.kpi.ProgramFigures.Journey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The holdout uplift compares like with like: the journeys the program's success figure counts, in both groups. */
class UpliftTest {

    private static final Instant STARTED = Instant.parse("2026-10-01T09:00:00Z");
    private static final Instant ENDED = Instant.parse("2026-11-01T09:00:00Z");

    @Test
    void onlyJourneysTheSuccessFigureCountsAreCompared() {
        Figure stayed = new Figure("Stayed 90 days after the sign", List.of("STAYED"), List.of("STAYED", "ASKED_TO_LEAVE"));
        List<Journey> journeys = List.of(
                journey("T1", "STAYED"), journey("T2", "STAYED"), journey("T3", "ASKED_TO_LEAVE"),
                // a sign below the risk line is watched, not treated: it says nothing of what the save did
                journey("T4", "NOT_AT_RISK"), journey("T5", "NOT_AT_RISK"),
                new Journey("T6", STARTED, null, null),
                journey("H1", "STAYED"), journey("H2", "ASKED_TO_LEAVE"));

        ProgramReport.Uplift uplift = ProgramReports.uplift(0.1, journeys, journey -> journey.customerId().startsWith("H"), stayed);

        assertThat(uplift.treated()).isEqualTo(new ProgramReport.Rate("Not held out", 2, 3));
        assertThat(uplift.control()).isEqualTo(new ProgramReport.Rate("Held out", 1, 2));
        assertThat(uplift.points()).isEqualTo(16.7);
    }

    @Test
    void withoutAnOutOfEveryEndedJourneyCounts() {
        Figure saved = new Figure("Save rate", List.of("SAVED"), null);
        List<Journey> journeys = List.of(journey("T1", "SAVED"), journey("T2", "LOST"), new Journey("T3", STARTED, ENDED, null),
                journey("H1", "LOST"));

        ProgramReport.Uplift uplift = ProgramReports.uplift(0.5, journeys, journey -> journey.customerId().startsWith("H"), saved);

        assertThat(uplift.treated()).isEqualTo(new ProgramReport.Rate("Not held out", 1, 3));
        assertThat(uplift.control()).isEqualTo(new ProgramReport.Rate("Held out", 0, 1));
    }

    @Test
    void theIntervalIsWideWithFewJourneysAndNarrowsWithMany() {
        ProgramReport.Uplift few = new ProgramReport.Uplift(0.1, new ProgramReport.Rate("Not held out", 3, 4),
                new ProgramReport.Rate("Held out", 1, 2));
        ProgramReport.Uplift many = new ProgramReport.Uplift(0.1, new ProgramReport.Rate("Not held out", 600, 1000),
                new ProgramReport.Rate("Held out", 50, 100));

        // 0.25 ± 1.96 × √(0.75 × 0.25 / 4 + 0.5 × 0.5 / 2) = 0.25 ± 0.813, cut at 100
        assertThat(few.interval()).containsExactly(-56.3, 100.0);
        assertThat(few.significant()).isFalse();
        // 0.10 ± 1.96 × √(0.6 × 0.4 / 1000 + 0.5 × 0.5 / 100) = 0.10 ± 0.103: 0 is still inside
        assertThat(many.interval()).containsExactly(-0.3, 20.3);
        assertThat(new ProgramReport.Uplift(0.1, new ProgramReport.Rate("Not held out", 700, 1000),
                new ProgramReport.Rate("Held out", 50, 100)).significant()).isTrue();
        assertThat(new ProgramReport.Uplift(0.1, new ProgramReport.Rate("Not held out", 3, 4),
                new ProgramReport.Rate("Held out", 0, 0)).interval()).isNull();
    }

    private static Journey journey(String customer, String outcome) {
        return new Journey(customer, STARTED, ENDED, outcome);
    }
}
