package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.customer.QuietWindow;
import io.cvmjourneys.nba.Candidate;
import io.cvmjourneys.nba.NbaPolicies;
import java.time.LocalTime;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * No outbound contact during quiet hours: the customer's own window when they set one, else the
 * operator's default. Windows are local time in the operator's zone, start inclusive, end exclusive,
 * and may wrap midnight (21:00–08:00); a window that starts where it ends is empty.
 */
@Rule(name = QuietHoursPolicy.NAME, priority = QuietHoursPolicy.PRIORITY,
        description = "In outbound channels during quiet hours, non-mandatory actions are removed")
public class QuietHoursPolicy {

    public static final String NAME = "Quiet hours";
    public static final int PRIORITY = 90;

    private final NbaPolicies.Contact contact;
    private final QuietWindow defaultWindow;

    public QuietHoursPolicy(NbaPolicies policies) {
        this.contact = policies.contact();
        this.defaultWindow = new QuietWindow(contact.quietFrom(), contact.quietUntil(), "quiet hours");
    }

    @Condition
    public boolean isQuietTime(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return contact.isOutbound(arbitrationCase.channel())
                && windowOf(arbitrationCase).contains(localTime(arbitrationCase));
    }

    @Action
    public void suppressOutboundContact(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        QuietWindow window = windowOf(arbitrationCase);
        String quiet = localTime(arbitrationCase).withSecond(0).withNano(0) + ", within " + window;
        for (Candidate candidate : arbitrationCase.standing()) {
            OutboundLimit.enforce(arbitrationCase, candidate, NAME,
                    "It is " + quiet + ": nothing by " + arbitrationCase.words("channel", arbitrationCase.channel())
                            + " before " + window.until(),
                    "Mandatory: sent at " + quiet);
        }
    }

    private QuietWindow windowOf(ArbitrationCase arbitrationCase) {
        return QuietWindow.of(arbitrationCase.context().customer(), defaultWindow);
    }

    private LocalTime localTime(ArbitrationCase arbitrationCase) {
        return arbitrationCase.now().atZone(arbitrationCase.zone()).toLocalTime();
    }
}
