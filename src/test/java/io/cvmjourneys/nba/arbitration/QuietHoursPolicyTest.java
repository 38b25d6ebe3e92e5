package io.cvmjourneys.nba.arbitration;

import static io.cvmjourneys.nba.arbitration.Fixtures.DEFAULTS;
import static io.cvmjourneys.nba.arbitration.Fixtures.aCustomer;
import static io.cvmjourneys.nba.arbitration.Fixtures.aMandatoryAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.aServiceAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.anOffer;
import static io.cvmjourneys.nba.arbitration.Fixtures.caseIn;
import static io.cvmjourneys.nba.arbitration.Fixtures.caseOf;
import static io.cvmjourneys.nba.arbitration.Fixtures.onlySuppression;
import static io.cvmjourneys.nba.arbitration.Fixtures.runAlone;
import static io.cvmjourneys.nba.arbitration.Fixtures.standingIds;
import static io.cvmjourneys.nba.arbitration.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.nba.Suppression;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuietHoursPolicyTest {

    private final QuietHoursPolicy policy = new QuietHoursPolicy(DEFAULTS);

    @Test
    void suppressesOutboundContactDuringQuietHours() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.SMS, today("22:30"),
                anOffer("upgrade")));

        Suppression suppression = onlySuppression(result);
        assertThat(suppression.rule()).isEqualTo("Quiet hours");
        assertThat(suppression.reason()).isEqualTo("It is 22:30, within quiet hours 21:00–08:00: nothing by SMS before 08:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"21:00", "23:59", "00:00", "02:00", "07:59"})
    void countsTheDefaultWindowAcrossMidnight(String time) {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.EMAIL, today(time),
                aServiceAction("usage-tip")));

        assertThat(result.standing()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08:00", "12:00", "20:59"})
    void keepsOutboundContactOutsideQuietHours(String time) {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.EMAIL, today(time),
                aServiceAction("usage-tip")));

        assertThat(standingIds(result)).containsExactly("usage-tip");
    }

    @Test
    void keepsInboundAnswersDuringQuietHours() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.APP, today("23:30"), anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void prefersTheCustomersOwnQuietHours() {
        ArbitrationCase afternoonNap = runAlone(policy, caseOf(aCustomer().withOwnQuietHours("13:00", "15:00"),
                Channel.SMS, today("14:00"), anOffer("upgrade")));
        ArbitrationCase lateEvening = runAlone(policy, caseOf(aCustomer().withOwnQuietHours("13:00", "15:00"),
                Channel.SMS, today("22:30"), anOffer("upgrade")));

        assertThat(onlySuppression(afternoonNap).reason())
                .isEqualTo("It is 14:00, within the customer's own quiet hours 13:00–15:00: nothing by SMS before 15:00");
        assertThat(standingIds(lateEvening)).containsExactly("upgrade");
    }

    @Test
    void wrapsTheCustomersOwnWindowAcrossMidnight() {
        ArbitrationCase earlyMorning = runAlone(policy, caseOf(aCustomer().withOwnQuietHours("23:00", "09:00"),
                Channel.SMS, today("08:30"), anOffer("upgrade")));

        assertThat(onlySuppression(earlyMorning).reason()).contains("the customer's own quiet hours 23:00–09:00");
    }

    @Test
    void readsTheClockInTheOperatorsZone() {
        // 20:30 UTC is 21:30 in Madrid in November
        ArbitrationCase inMadrid = runAlone(policy, caseIn(ZoneId.of("Europe/Madrid"), aCustomer(), Channel.SMS,
                today("20:30"), anOffer("upgrade")));
        ArbitrationCase inUtc = runAlone(policy, caseOf(aCustomer(), Channel.SMS, today("20:30"), anOffer("upgrade")));

        assertThat(onlySuppression(inMadrid).reason()).startsWith("It is 21:30");
        assertThat(standingIds(inUtc)).containsExactly("upgrade");
    }

    @Test
    void usesTheDefaultWindowCvmManagersConfigured() {
        QuietHoursPolicy evening = new QuietHoursPolicy(new NbaPolicies(null, null, null, null, null,
                new NbaPolicies.Contact(null, null, null, LocalTime.of(19, 0), LocalTime.of(22, 0)), null));

        ArbitrationCase seven = runAlone(evening, caseOf(aCustomer(), Channel.SMS, today("19:00"), anOffer("upgrade")));
        ArbitrationCase ten = runAlone(evening, caseOf(aCustomer(), Channel.SMS, today("22:00"), anOffer("upgrade")));

        assertThat(onlySuppression(seven).reason()).contains("within quiet hours 19:00–22:00");
        assertThat(standingIds(ten)).containsExactly("upgrade");
    }

    @Test
    void sendsAMandatoryActionDuringQuietHoursAndNotesIt() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.SMS, today("22:30"),
                aMandatoryAction("barring-notice")));

        assertThat(standingIds(result)).containsExactly("barring-notice");
        assertThat(result.notes().get("barring-notice"))
                .containsExactly("Mandatory: sent at 22:30, within quiet hours 21:00–08:00");
    }
}
