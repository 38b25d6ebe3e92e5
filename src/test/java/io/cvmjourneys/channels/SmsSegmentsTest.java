package io.cvmjourneys.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsSegmentsTest {

    @ParameterizedTest(name = "{1} × ''{0}'' = {2} SMS")
    @CsvSource({
            "a, 160, 1", "a, 161, 2", "a, 306, 2", "a, 307, 3",
            "é, 160, 1", "é, 161, 2",
            "€, 80, 1", "€, 81, 2",
            "ł, 70, 1", "ł, 71, 2", "ł, 134, 2", "ł, 135, 3"})
    void textsAreBilledInGsmOrUnicodeParts(String character, int times, int segments) {
        assertThat(SmsSegments.count(character.repeat(times))).isEqualTo(segments);
    }

    @Test
    void oneCharacterOutsideTheGsmAlphabetMakesTheWholeTextUnicode() {
        assertThat(SmsSegments.count("a".repeat(100))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(99) + "ł")).isEqualTo(2);
    }
}
