package io.cvmjourneys.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates();

    @ParameterizedTest
    @ValueSource(strings = {"cancellation-confirmation", "retention-offer-accepted", "tnps-survey", "winback-offer",
            "offer-reminder", "device-upgrade-offer", "device-no-upgrade", "device-repair", "device-data-transfer"})
    void everyTemplateOpensWithAHeadlineAndFitsTwoTextMessages(String template) {
        String text = templates.render(template, OutboxFixture.parametersFor(template));
        Delivery delivery = new Delivery(1, null, text);

        assertThat(text).doesNotContain("{{", "}}").startsWith(delivery.headline() + "\n");
        assertThat(delivery.headline()).hasSizeLessThanOrEqualTo(40);
        assertThat(delivery.afterHeadline()).startsWith("Dear Bruno Nightingale, ");
        assertThat(SmsSegments.count(text)).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancellation-confirmation", "retention-offer-accepted", "tnps-survey", "winback-offer",
            "offer-reminder", "device-upgrade-offer", "device-no-upgrade", "device-repair", "device-data-transfer"})
    void everyParameterIsNeeded(String template) {
        Map<String, String> parameters = OutboxFixture.parametersFor(template);
        for (String left : parameters.keySet()) {
            Map<String, String> withoutOne = new HashMap<>(parameters);
            withoutOne.remove(left);

            assertThatThrownBy(() -> templates.render(template, withoutOne))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("needs the parameter '" + left + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"$1 off", "50% off \\ 2 months", "{{offerName}}"})
    void valuesAreInsertedAsTheyAre(String offerName) {
        String text = templates.render("offer-reminder", Map.of("customerName", "Ana", "offerName", offerName));

        assertThat(text).contains("Dear Ana, " + offerName + " is still waiting for you.");
    }
}
