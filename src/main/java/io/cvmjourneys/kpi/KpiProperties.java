package io.cvmjourneys.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The business-case figures of each program ({@code cvm.kpi.programs.<process id>.figures}): rates
 * of journey outcomes, as the CVM playbook defines them. The first figure's outcomes are the
 * program's successes, which the ROI and the holdout uplift count. The scorecard also reads which
 * outcomes keep a customer ({@code customers-kept}) and which add to the monthly fee ({@code upgrades-taken}).
 */
@ConfigurationProperties("cvm.kpi")
public record KpiProperties(Map<String, Program> programs, Costs costs) {

    /** Roaming counts the trips customers took, not the bookings they did not travel on. */
    private static final List<String> TRIPS_TAKEN = List.of("PASS_USED", "CAPPED", "PAY_AS_YOU_GO", "LONG_STAY");
    /** Bill shock counts the bills it explained, not the ones that were as usual. */
    private static final List<String> BILLS_EXPLAINED = List.of("EXPLAINED", "COMPLAINED");
    /** Proactive retention counts the customers it judged at risk, not the weak signs it let pass. */
    private static final List<String> JUDGED_AT_RISK = List.of("STAYED", "ASKED_TO_LEAVE", "NOT_OFFERED");

    public KpiProperties {
        costs = costs == null ? new Costs(null, null, null) : costs;
        programs = programs == null ? Map.ofEntries(
                Map.entry("cancellation-winback", new Program(List.of(
                        new Figure("Save rate", List.of("RETAINED", "WON_BACK"), null),
                        new Figure("Retention rate", List.of("RETAINED"), null),
                        new Figure("Winback rate", List.of("WON_BACK"), List.of("WON_BACK", "LOST"))),
                        List.of("RETAINED", "WON_BACK"), null)),
                Map.entry("contract-renewal", new Program(List.of(
                        new Figure("Renewal rate", List.of("RENEWED", "RENEWED_UNPROMPTED"), null),
                        new Figure("Renewals through the offer", List.of("RENEWED"), null),
                        new Figure("Renewed on their own", List.of("RENEWED_UNPROMPTED"), null)),
                        null, null)),
                Map.entry("upsell-cross-sell", new Program(List.of(
                        new Figure("Upgrade rate", List.of("UPGRADED", "UPGRADED_BILL_COMPLAINT", "BOUGHT_UNPROMPTED"), null),
                        new Figure("Upgrades through the offer", List.of("UPGRADED", "UPGRADED_BILL_COMPLAINT"), null),
                        new Figure("Complaints after the first new bill", List.of("UPGRADED_BILL_COMPLAINT"),
                                List.of("UPGRADED", "UPGRADED_BILL_COMPLAINT")),
                        new Figure("Bought on their own", List.of("BOUGHT_UNPROMPTED"), null)),
                        null, List.of("UPGRADED", "UPGRADED_BILL_COMPLAINT"))),
                Map.entry("onboarding-activation", new Program(List.of(
                        new Figure("Adopted in the first 90 days", List.of("ADOPTED"), null),
                        new Figure("Left in the first 90 days", List.of("LEFT_EARLY"), null),
                        new Figure("Low usage at day 90", List.of("LOW_USAGE"), null)),
                        null, null)),
                Map.entry("roaming", new Program(List.of(
                        new Figure("Travelled with a pass", List.of("PASS_USED"), TRIPS_TAKEN),
                        new Figure("Spending stopped at the cap", List.of("CAPPED"), TRIPS_TAKEN),
                        new Figure("Paid as they went", List.of("PAY_AS_YOU_GO"), TRIPS_TAKEN)),
                        null, null)),
                Map.entry("bill-shock", new Program(List.of(
                        new Figure("Explained without a complaint", List.of("EXPLAINED"), BILLS_EXPLAINED),
                        new Figure("Complained about the bill", List.of("COMPLAINED"), BILLS_EXPLAINED)),
                        null, null)),
                Map.entry("proactive-retention", new Program(List.of(
                        new Figure("Stayed 90 days after the sign", List.of("STAYED"), JUDGED_AT_RISK),
                        new Figure("Asked to leave after all", List.of("ASKED_TO_LEAVE"), JUDGED_AT_RISK),
                        new Figure("Signs below the risk line", List.of("NOT_AT_RISK"), null)),
                        List.of("STAYED"), null)),
                Map.entry("referral", new Program(List.of(
                        new Figure("Rewarded referrals", List.of("REWARDED"), null),
                        new Figure("Rejected in review", List.of("REJECTED"), null),
                        new Figure("Friend did not stay the qualifying period", List.of("NOT_QUALIFIED"), null)),
                        null, null)),
                Map.entry("service-outage", new Program(List.of(
                        new Figure("Cared for without a complaint", List.of("CARED_FOR"), null),
                        new Figure("Complained all the same", List.of("COMPLAINED"), null)),
                        null, null)),
                Map.entry("complaint-feedback", new Program(List.of(
                        new Figure("Resolution rate", List.of("RESOLVED"), null)),
                        null, null)),
                Map.entry("device-upgrade", new Program(List.of(
                        new Figure("Upgrade rate", List.of("UPGRADED"), null),
                        new Figure("Upgrades of answered offers", List.of("UPGRADED"), List.of("UPGRADED", "DECLINED")),
                        new Figure("Offers ignored", List.of("IGNORED"), null),
                        new Figure("Sent to repair", List.of("REPAIR"), null)),
                        null, null)),
                Map.entry("delinquency-management", new Program(List.of(
                        new Figure("Cure rate", List.of("CURED"), null),
                        new Figure("Handed off to collections", List.of("HANDED_OFF"), null),
                        new Figure("Contract terminated", List.of("TERMINATED"), null),
                        new Figure("Disputes upheld", List.of("CREDITED"), null)),
                        null, null)),
                Map.entry("bill-payment", new Program(List.of(
                        new Figure("On-time payment rate", List.of("PAID_ON_TIME"), null),
                        new Figure("Not paid by the due date", List.of("NOT_PAID_BY_DUE_DATE"), null)),
                        null, null)),
                Map.entry("moving-house", new Program(List.of(
                        new Figure("Moved with us", List.of("MOVED"), null),
                        new Figure("Winback after a move", List.of("WON_BACK"), List.of("WON_BACK", "LOST"))),
                        List.of("MOVED", "WON_BACK"), null)))
                : Map.copyOf(programs);
    }

    List<Figure> figuresOf(String program) {
        return programOf(program).figures();
    }

    /**
     * @param figures       the first one names the program's success
     * @param customersKept the outcomes that say a customer who might have left stayed (the scorecard's
     *                      customers kept and their lifetime value); empty for programs that keep nobody
     * @param upgradesTaken the outcomes that say the customer took an upgrade, whose journey keeps the fee
     *                      before and after in {@code currentMonthlyFee} and {@code upgradeMonthlyFee}
     */
    public record Program(List<Figure> figures, List<String> customersKept, List<String> upgradesTaken) {
        public Program {
            figures = figures == null ? List.of() : List.copyOf(figures);
            customersKept = customersKept == null ? List.of() : List.copyOf(customersKept);
            upgradesTaken = upgradesTaken == null ? List.of() : List.copyOf(upgradesTaken);
        }
    }

    Program programOf(String program) {
        return programs.getOrDefault(program, new Program(null, null, null));
    }

    /**
     * What the business case computed from the records prices the work at.
     *
     * @param agentHour           an agent's hour, all costs in
     * @param taskMinutesAtMost   how much of a task's time counts as work: a task open overnight waited, nobody
     *                            worked it that long
     * @param perMessage          one message sent, by channel (SMS, EMAIL, PUSH, APP…); channels not named cost nothing
     */
    public record Costs(BigDecimal agentHour, Integer taskMinutesAtMost, Map<String, BigDecimal> perMessage) {
        public Costs {
            agentHour = agentHour == null ? new BigDecimal("30.00") : agentHour;
            taskMinutesAtMost = taskMinutesAtMost == null ? 60 : taskMinutesAtMost;
            perMessage = perMessage == null ? Map.of("SMS", new BigDecimal("0.04"), "EMAIL", new BigDecimal("0.002"),
                    "PUSH", new BigDecimal("0.001")) : Map.copyOf(perMessage);
        }
    }

    /**
     * @param name     as managers say it ("Winback rate")
     * @param outcomes the journey outcomes that count
     * @param outOf    the outcomes it is a share of; empty: of every ended journey
     */
    public record Figure(String name, List<String> outcomes, List<String> outOf) {
        public Figure {
            outcomes = List.copyOf(outcomes);
            outOf = outOf == null ? List.of() : List.copyOf(outOf);
        }
    }
}
