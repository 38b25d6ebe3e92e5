package io.cvmjourneys.nba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The learned estimate: the table's propensity as prior, the answers' pull, the seeded exploration. */
class PropensitySnapshotTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final PropensitySnapshot.Cell KNOWN = new PropensitySnapshot.Cell("KNOWN", Segment.MASS, Channel.APP);

    @Test
    void theAnswersPullTheEstimateFromTheTablesPropensityAsTheyGrow() {
        PropensitySnapshot few = snapshot(Map.of(KNOWN, new PropensitySnapshot.Counts(10, 8, 0.2)));
        PropensitySnapshot many = snapshot(Map.of(KNOWN, new PropensitySnapshot.Counts(1000, 800, 0.2)));

        assertThat(few.estimate(candidate("KNOWN", 0.2), "C1", Segment.MASS, Channel.APP, DAY).learned())
                .isCloseTo((0.2 * 20 + 8) / 30, within(1e-9));
        PropensityEvidence settled = many.estimate(candidate("KNOWN", 0.2), "C1", Segment.MASS, Channel.APP, DAY);
        assertThat(settled.learned()).isCloseTo(0.79, within(0.01));
        assertThat(settled.used()).as("a draw close to the mean once a thousand answered").isCloseTo(0.79, within(0.05));
        assertThat(settled.explanation()).isEqualTo("Accepted by 80 % of similar customers, 1000 answers");
        assertThat(few.estimate(candidate("KNOWN", 0.2), "C1", Segment.VIP, Channel.APP, DAY).answered())
                .as("another segment's answers are not similar customers'").isZero();
    }

    @Test
    void aNewActionIsShownToASteadyShareOfCustomersNextToAnEstablishedOneOfTheSameMeanAndEveryNodeDrawsAlike() {
        PropensitySnapshot snapshot = snapshot(Map.of(KNOWN, new PropensitySnapshot.Counts(400, 120, 0.3)));
        long newWins = IntStream.range(0, 2000).mapToObj(i -> "C" + i).filter(customer ->
                snapshot.estimate(candidate("NEW", 0.3), customer, Segment.MASS, Channel.APP, DAY).used()
                        > snapshot.estimate(candidate("KNOWN", 0.3), customer, Segment.MASS, Channel.APP, DAY).used()).count();

        assertThat(newWins).as("the new action wins for a good share of customers, not all, not none").isBetween(600L, 1400L);
        PropensityEvidence once = snapshot.estimate(candidate("NEW", 0.3), "C7", Segment.MASS, Channel.APP, DAY);
        assertThat(snapshot.estimate(candidate("NEW", 0.3), "C7", Segment.MASS, Channel.APP, DAY))
                .as("the same customer, day and snapshot: the same draw").isEqualTo(once);
        assertThat(once.explanation()).startsWith("No answers yet from similar customers");
        assertThat(snapshot.estimate(candidate("NEW", 0.3), "C7", Segment.MASS, Channel.APP, DAY.plusDays(1)).used())
                .as("another day, another draw").isNotEqualTo(once.used());
    }

    @Test
    void withNoSnapshotInForceTheTableRanksAlone() {
        assertThat(PropensitySnapshot.NONE.estimate(candidate("KNOWN", 0.2), "C1", Segment.MASS, Channel.APP, DAY)).isNull();
    }

    @Test
    void theBetaDrawsCentreOnTheMean() {
        double mean = IntStream.range(0, 20_000).mapToDouble(i -> BetaDraw.draw(3, 7, i)).average().orElseThrow();
        double small = IntStream.range(0, 20_000).mapToDouble(i -> BetaDraw.draw(0.4, 19.6, i)).average().orElseThrow();

        assertThat(mean).isCloseTo(0.3, within(0.005));
        assertThat(small).as("shapes below 1: a rare action's prior").isCloseTo(0.02, within(0.002));
    }

    private static PropensitySnapshot snapshot(Map<PropensitySnapshot.Cell, PropensitySnapshot.Counts> cells) {
        return new PropensitySnapshot(3, 20, cells);
    }

    private static Candidate candidate(String id, double propensity) {
        return new Candidate(new Action(id, id, "loyalty", ActionKind.COMMERCIAL, Set.of(Channel.APP), BigDecimal.TEN, null,
                null, false, null, true), propensity, BigDecimal.TEN, "test");
    }
}
