package io.cvmjourneys.programs;

import java.time.Instant;
import java.util.List;

/**
 * One version of a program's definition, with who made it, when and why.
 *
 * @param id the program's key, as actions and KPI pages name it ("cancellation-winback")
 */
public record ProgramDefinition(String id, int version, String name, String purpose, String owner,
                                List<String> businessOutcomes, List<String> customerOutcomes, List<ProgramKpi> kpis,
                                ProgramStatus status, String changedBy, Instant changedAt, String reason) {

    public ProgramDefinition {
        businessOutcomes = List.copyOf(businessOutcomes);
        customerOutcomes = List.copyOf(customerOutcomes);
        kpis = List.copyOf(kpis);
    }

    /** The fields a manager edits, as this version has them. */
    public ProgramDraft draft() {
        return new ProgramDraft(name, purpose, owner, businessOutcomes, customerOutcomes, kpis);
    }
}
