package io.cvmjourneys.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a KPI should stand on a day, on the straight line from its baseline to its target. */
class ProgramKpiTest {

    private static final LocalDate BASELINE_DAY = LocalDate.of(2026, 1, 1);
    private static final LocalDate TARGET_DAY = LocalDate.of(2026, 11, 28); // 331 days later

    private final ProgramKpi churn = new ProgramKpi("Left in the first 90 days", new BigDecimal("18.00"), BASELINE_DAY,
            new BigDecimal("12"), TARGET_DAY);
    private final ProgramKpi saves = new ProgramKpi("Save rate", new BigDecimal("40"), BASELINE_DAY, new BigDecimal("50.5"),
            TARGET_DAY);

    @Test
    void theLineRunsFromTheBaselineToTheTargetAndStaysThere() {
        assertThat(saves.expectedOn(BASELINE_DAY.minusDays(30))).isEqualByComparingTo("40.0");
        assertThat(saves.expectedOn(BASELINE_DAY)).isEqualByComparingTo("40.0");
        // 100 of 331 days: 40 + 10.5 × 100 / 331 = 43.17…
        assertThat(saves.expectedOn(BASELINE_DAY.plusDays(100))).isEqualByComparingTo("43.2");
        assertThat(saves.expectedOn(TARGET_DAY)).isEqualByComparingTo("50.5");
        assertThat(saves.expectedOn(TARGET_DAY.plusYears(1))).isEqualByComparingTo("50.5");
    }

    @Test
    void onTrackIsAtOrPastTheLineInTheDirectionOfTheTarget() {
        LocalDate halfway = BASELINE_DAY.plusDays(165); // 40 + 10.5 × 165 / 331 = 45.23…
        assertThat(saves.onTrack(45.3, halfway)).isTrue();
        assertThat(saves.onTrack(45.1, halfway)).isFalse();

        assertThat(churn.lowerIsBetter()).isTrue();
        // 18 − 6 × 165 / 331 = 15.0…
        assertThat(churn.onTrack(15.0, halfway)).isTrue();
        assertThat(churn.onTrack(16.0, halfway)).isFalse();
    }

    @Test
    void figuresAreKeptAsAManagerWritesThem() {
        assertThat(churn.baseline().toPlainString()).isEqualTo("18");
        assertThat(saves.target().toPlainString()).isEqualTo("50.5");
    }

    @Test
    void aWatchedKpiHasNoTargetAndNoLine() {
        ProgramKpi watched = new ProgramKpi("tNPS", null, null, null, null);

        assertThat(watched.hasTarget()).isFalse();
        assertThat(watched.lowerIsBetter()).isFalse();
        assertThat(watched.expectedOn(BASELINE_DAY)).isNull();
    }
}
