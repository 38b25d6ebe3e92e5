package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.customer.Billing;
import io.cvmjourneys.nba.Candidate;
import io.cvmjourneys.nba.NbaPolicies;
import java.util.Set;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/** A customer who owes money is not sold more: the blocked programs wait until paid, a payment plan comes first. */
@Rule(name = DelinquencyPolicy.NAME, priority = DelinquencyPolicy.PRIORITY,
        description = "While delinquent, commercial actions of the blocked programs are removed")
public class DelinquencyPolicy {

    public static final String NAME = "Delinquency";
    public static final int PRIORITY = 50;

    private final int minDaysOverdue;
    private final Set<String> blockedPrograms;

    public DelinquencyPolicy(NbaPolicies policies) {
        this.minDaysOverdue = policies.delinquency().minDaysOverdue();
        this.blockedPrograms = Set.copyOf(policies.delinquency().blockedPrograms());
    }

    @Condition
    public boolean isDelinquent(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return arbitrationCase.context().billing().daysDelinquent() >= minDaysOverdue;
    }

    @Action
    public void suppressBlockedOffers(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        String overdue = overdue(arbitrationCase.context().billing());
        for (Candidate candidate : arbitrationCase.standing()) {
            String program = candidate.action().program();
            if (candidate.action().isCommercial() && blockedPrograms.contains(program)) {
                arbitrationCase.suppress(candidate, NAME,
                        overdue + ": no " + arbitrationCase.words("program", program) + " offers until paid; offer a payment plan instead");
            }
        }
    }

    private static String overdue(Billing billing) {
        if (billing.overdueInvoices() > 1) {
            return billing.overdueInvoices() + " invoices overdue, the oldest for " + billing.daysDelinquent() + " days";
        }
        return "Invoice overdue for " + billing.daysDelinquent() + " days";
    }
}
