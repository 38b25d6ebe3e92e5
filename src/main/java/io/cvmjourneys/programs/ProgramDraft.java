package io.cvmjourneys.programs;

import java.util.List;

/** What a manager writes when defining or changing a program; {@link Programs} checks it before it is kept. */
public record ProgramDraft(String name, String purpose, String owner, List<String> businessOutcomes,
                           List<String> customerOutcomes, List<ProgramKpi> kpis) {

    public ProgramDraft {
        businessOutcomes = businessOutcomes == null ? List.of() : businessOutcomes.stream()
                .filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
        customerOutcomes = customerOutcomes == null ? List.of() : customerOutcomes.stream()
                .filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }
}
