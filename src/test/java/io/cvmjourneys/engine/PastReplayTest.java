package io.cvmjourneys.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cvmjourneys.testsupport.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo's replay of the past moves the application's clock forward only, and gives the clock back as it found it. */
class PastReplayTest {

    private final Clock clock = new EngineBackedClock(TestClock.OPERATOR_ZONE);

    @AfterEach
    void systemClockAgain() {
        ClockUtil.reset();
    }

    @Test
    void theClockMovesForwardOnlyAndNeverPastThePresent() {
        TestClock.pin(TestClock.DEFAULT);
        try (PastReplay replay = PastReplay.from(TestClock.DEFAULT.minus(Duration.ofDays(90)), clock)) {
            assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT.minus(Duration.ofDays(90)));

            replay.moveTo(TestClock.DEFAULT.minus(Duration.ofDays(30)));
            replay.moveTo(TestClock.DEFAULT.minus(Duration.ofDays(60)));
            assertThat(clock.instant()).as("never back").isEqualTo(TestClock.DEFAULT.minus(Duration.ofDays(30)));

            replay.moveTo(TestClock.DEFAULT.plus(Duration.ofDays(1)));
            assertThat(clock.instant()).as("never past the present").isEqualTo(TestClock.DEFAULT);
        }
    }

    @Test
    void aStoppedClockIsStoppedWhereItWasAfterwards() {
        TestClock.pin(TestClock.DEFAULT);
        try (PastReplay replay = PastReplay.from(TestClock.DEFAULT.minus(Duration.ofDays(90)), clock)) {
            replay.moveTo(TestClock.DEFAULT.minus(Duration.ofDays(1)));
        }
        assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT);
    }

    @Test
    void aRunningClockRunsOnTheSystemClockAfterwards() throws InterruptedException {
        ClockUtil.reset();
        Instant present = clock.instant();
        try (PastReplay replay = PastReplay.from(present.minus(Duration.ofDays(90)), clock)) {
            replay.moveTo(present.minus(Duration.ofDays(1)));
        }
        Instant after = clock.instant();
        Thread.sleep(5);
        assertThat(after).isAfterOrEqualTo(present);
        assertThat(clock.instant()).as("running again").isAfter(after);
    }

    @Test
    void aReplayStartsInThePast() {
        TestClock.pin(TestClock.DEFAULT);
        assertThatThrownBy(() -> PastReplay.from(TestClock.DEFAULT, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
