package io.cvmjourneys.nba;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the candidate table reads, named as its input expressions name them. Built from the
 * customer's context for a live decision; rebuilt from a logged decision's context summary for a
 * replay of decisions logged before the log kept the inputs themselves.
 */
record TableInputs(String moment, String channel, String journeyStep, String customerType, String segment,
                   int tenureMonths, int daysToContractEnd, int daysToLeaseEnd, int daysDelinquent,
                   boolean outageInArea) {

    /** What the table sees for "no contract" or "no lease": far beyond any window a rule asks about. */
    static final int NONE_AHEAD = 9999;

    static TableInputs of(CustomerContext context, MomentType moment, Channel channel, String journeyStep,
                          LocalDate today) {
        return new TableInputs(moment.name(), channel.name(), journeyStep == null ? "" : journeyStep,
                context.customer().type().name(), context.customer().segment().name(),
                (int) context.tenureMonths(today),
                context.daysToContractEnd(today).map(Long::intValue).orElse(NONE_AHEAD),
                context.daysToDeviceLeaseEnd(today).map(Long::intValue).orElse(NONE_AHEAD),
                context.billing().daysDelinquent(), !context.openIncidentsInArea().isEmpty());
    }

    /** From a decision log row: its moment, channel and step, and the context summary written with it. */
    static TableInputs fromSummary(Map<String, Object> summary, String moment, String channel, String journeyStep) {
        return new TableInputs(moment, channel, journeyStep == null ? "" : journeyStep,
                (String) summary.get("type"), (String) summary.get("segment"),
                number(summary, "tenureMonths", 0), number(summary, "daysToContractEnd", NONE_AHEAD),
                number(summary, "daysToLeaseEnd", NONE_AHEAD), number(summary, "daysDelinquent", 0),
                number(summary, "openIncidentsInArea", 0) > 0);
    }

    Map<String, Object> asMap() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("moment", moment);
        facts.put("channel", channel);
        facts.put("journeyStep", journeyStep);
        facts.put("customerType", customerType);
        facts.put("segment", segment);
        facts.put("tenureMonths", tenureMonths);
        facts.put("daysToContractEnd", daysToContractEnd);
        facts.put("daysToLeaseEnd", daysToLeaseEnd);
        facts.put("daysDelinquent", daysDelinquent);
        facts.put("outageInArea", outageInArea);
        return facts;
    }

    /** The summary writes "none" as null (no contract, no lease). */
    private static int number(Map<String, Object> summary, String key, int none) {
        Object value = summary.get(key);
        return value == null ? none : ((Number) value).intValue();
    }
}
