package io.cvmjourneys.programs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: the targets the demo's manager agreed when its past began, so the KPI page has KPIs to
 * judge, and a program the manager drafted that waits for a second manager's approval. Once only:
 * a program someone changed already is left as it is.
 */
@Component
@Profile("demo")
@Order(12)
class DemoProgramTargets implements ApplicationRunner {

    static final String MANAGER = "manager";
    /** When the demo's past begins, as its journeys' history does. */
    static final int BASELINE_DAYS_AGO = 91;
    /** How long the demo's targets give each program. */
    static final int DAYS_TO_TARGET = 300;
    static final String DRAFTED = "device-recycling";

    /** measure → baseline and target, per program. */
    private static final Map<String, Map<String, List<String>>> TARGETS = Map.of(
            "cancellation-winback", Map.of("Save rate", List.of("50", "70"), "tNPS", List.of("5", "40")),
            "bill-payment", Map.of("On-time payment rate", List.of("70", "85")),
            "delinquency-management", Map.of("Cure rate", List.of("75", "85")),
            "device-upgrade", Map.of("Upgrade rate", List.of("30", "40")),
            "upsell-cross-sell", Map.of("Upgrade rate", List.of("32", "42")),
            "onboarding-activation", Map.of("Left in the first 90 days", List.of("8", "5")));

    private final Programs programs;
    private final Clock clock;

    DemoProgramTargets(Programs programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate baselineOn = LocalDate.now(clock).minusDays(BASELINE_DAYS_AGO);
        TARGETS.forEach((id, targets) -> programs.find(id).filter(program -> program.version() == 1).ifPresent(program -> {
            List<ProgramKpi> kpis = new ArrayList<>();
            for (ProgramKpi kpi : program.kpis()) {
                List<String> figures = targets.get(kpi.measure());
                kpis.add(figures == null ? kpi : new ProgramKpi(kpi.measure(), new BigDecimal(figures.get(0)), baselineOn,
                        new BigDecimal(figures.get(1)), baselineOn.plusDays(DAYS_TO_TARGET)));
            }
            ProgramDraft draft = program.draft();
            programs.change(id, 1, new ProgramDraft(draft.name(), draft.purpose(), draft.owner(), draft.businessOutcomes(),
                    draft.customerOutcomes(), kpis), MANAGER, "Targets agreed with the commercial director for the year ahead");
        }));
        if (programs.find(DRAFTED).isEmpty()) {
            programs.define(DRAFTED, new ProgramDraft("Device recycling",
                    "Take back the devices customers no longer use, wipe them safely and recycle or refurbish them,"
                            + " with a credit towards the next device.", "Device lifecycle lead",
                    List.of("Lower device costs through refurbished stock", "Fewer devices kept idle in drawers"),
                    List.of("A safe way to dispose of an old device", "A credit worth having"),
                    List.of(new ProgramKpi(ProgramKpi.TNPS, null, null, null, null))),
                    MANAGER, "Proposed after the device lifecycle review; needs a second manager's approval");
        }
    }
}
