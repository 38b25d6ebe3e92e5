package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.customer.Complaint;
import io.cvmjourneys.nba.NbaPolicies;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * An offer to a customer who is complaining reads as not listening: no commercial actions while a
 * complaint is open, nor for the cooldown days after the last one was resolved (counted in calendar
 * days of the operator's zone: resolved on the 1st with 14 days, offers return on the 15th).
 */
@Rule(name = ComplaintCooldownPolicy.NAME, priority = ComplaintCooldownPolicy.PRIORITY,
        description = "No commercial actions while a complaint is open or within the cooldown after its resolution")
public class ComplaintCooldownPolicy {

    public static final String NAME = "Complaint cooldown";
    public static final int PRIORITY = 60;

    private final int cooldownDays;

    public ComplaintCooldownPolicy(NbaPolicies policies) {
        this.cooldownDays = policies.complaintCooldown().days();
    }

    @Condition
    public boolean isInComplaintCooldown(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return whyCoolingDown(arbitrationCase).isPresent();
    }

    @Action
    public void suppressCommercialOffers(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        String reason = whyCoolingDown(arbitrationCase).orElseThrow();
        arbitrationCase.suppressWhere(candidate -> candidate.action().isCommercial(), NAME, reason);
    }

    private Optional<String> whyCoolingDown(ArbitrationCase arbitrationCase) {
        List<Complaint> complaints = arbitrationCase.context().recentComplaints();
        Optional<Complaint> open = complaints.stream().filter(Complaint::isOpen).findFirst();
        if (open.isPresent()) {
            Complaint complaint = open.get();
            return Optional.of("Complaint " + complaint.id() + " (" + arbitrationCase.words("category", complaint.category()) + ") is open since "
                    + arbitrationCase.day(complaint.filedAt().atZone(arbitrationCase.zone()).toLocalDate())
                    + ": no commercial offers until it is resolved");
        }
        return complaints.stream()
                .filter(complaint -> complaint.resolvedAt() != null)
                .max(Comparator.comparing(Complaint::resolvedAt))
                .flatMap(complaint -> whyStillCooling(complaint, arbitrationCase));
    }

    private Optional<String> whyStillCooling(Complaint complaint, ArbitrationCase arbitrationCase) {
        LocalDate resolved = complaint.resolvedAt().atZone(arbitrationCase.zone()).toLocalDate();
        LocalDate offersAgain = resolved.plusDays(cooldownDays);
        if (!arbitrationCase.today().isBefore(offersAgain)) {
            return Optional.empty();
        }
        return Optional.of("Complaint " + complaint.id() + " (" + arbitrationCase.words("category", complaint.category()) + ") was resolved on "
                + arbitrationCase.day(resolved) + ": no commercial offers until " + arbitrationCase.day(offersAgain)
                + " (" + cooldownDays + "-day cooldown)");
    }
}
