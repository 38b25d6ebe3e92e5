package io.cvmjourneys.nba;

import io.cvmjourneys.moments.Channel;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The levers CVM managers set for next-best-action decisions ({@code cvm.nba.*}). Every threshold
 * a policy uses lives here; anything left out of the configuration takes the default below.
 *
 * @param topN              how many actions an answer proposes at most
 * @param programWeights    per program, the weight in score = propensity × value × weight (default 1.0)
 * @param delinquency       no device, upsell or proactive save offers while the customer owes money
 * @param complaintCooldown no commercial actions while a complaint is open, and for some days after
 * @param retentionFirst    only retention offers when the contract ends soon or a cancellation runs
 * @param contact           consent, quiet hours and weekly caps for outbound channels
 * @param journeyPrecedence per journey (process id), the programs whose commercial actions it excludes
 * @param holdout           per program, the share of customers (0 to 0.5) held out of its commercial actions as a
 *                          control group, so program KPIs can show uplift (default: none)
 * @param notOfferedTwice   the programs whose offers (saves) reach a customer once
 */
@ConfigurationProperties("cvm.nba")
public record NbaPolicies(Integer topN, Map<String, Double> programWeights, Delinquency delinquency,
                          ComplaintCooldown complaintCooldown, RetentionFirst retentionFirst, Contact contact,
                          Map<String, List<String>> journeyPrecedence, Map<String, Double> holdout,
                          NotOfferedTwice notOfferedTwice) {

    /** Without holdout groups, and save offers as by default. */
    public NbaPolicies(Integer topN, Map<String, Double> programWeights, Delinquency delinquency,
                       ComplaintCooldown complaintCooldown, RetentionFirst retentionFirst, Contact contact,
                       Map<String, List<String>> journeyPrecedence) {
        this(topN, programWeights, delinquency, complaintCooldown, retentionFirst, contact, journeyPrecedence, null, null);
    }

    @ConstructorBinding
    public NbaPolicies {
        topN = topN == null ? 3 : topN;
        programWeights = programWeights == null ? Map.of() : Map.copyOf(programWeights);
        delinquency = delinquency == null ? new Delinquency(null, null) : delinquency;
        complaintCooldown = complaintCooldown == null ? new ComplaintCooldown(null) : complaintCooldown;
        retentionFirst = retentionFirst == null ? new RetentionFirst(null, null, null) : retentionFirst;
        contact = contact == null ? new Contact(null, null, null, null, null) : contact;
        journeyPrecedence = journeyPrecedence == null ? Map.of(
                // while an invoice is being collected, no offer of any program: a payment plan instead
                "delinquency-management", List.of("device-upgrade", "upsell-cross-sell", "loyalty", "proactive-retention",
                        "contract-renewal", "moving-house", "cancellation-winback"),
                "cancellation-winback", List.of("device-upgrade", "upsell-cross-sell"),
                "complaint-feedback", List.of("device-upgrade", "upsell-cross-sell", "loyalty"),
                "moving-house", List.of("device-upgrade"),
                // abroad, only the roaming pass: other offers are noise, and cost the customer to read
                "roaming", List.of("device-upgrade", "upsell-cross-sell", "loyalty", "contract-renewal", "moving-house"))
                : Map.copyOf(journeyPrecedence);
        holdout = holdout == null ? Map.of() : Map.copyOf(holdout);
        notOfferedTwice = notOfferedTwice == null ? new NotOfferedTwice(null) : notOfferedTwice;
        holdout.forEach((program, share) -> {
            if (share < 0 || share > MAX_HOLDOUT) {
                throw new IllegalArgumentException("cvm.nba.holdout." + program + " is " + share
                        + ": a holdout share lies between 0 and " + MAX_HOLDOUT);
            }
        });
    }

    /** More than half the customers held out would leave the program itself as the control group. */
    public static final double MAX_HOLDOUT = 0.5;

    /** All defaults: what the product does before a CVM manager changes anything. */
    public static NbaPolicies defaults() {
        return new NbaPolicies(null, null, null, null, null, null, null);
    }

    /** These policies with a version of the levers a CVM manager changed at run time. */
    public NbaPolicies with(LeverSet levers) {
        return new NbaPolicies(topN, levers.programWeights(), delinquency, complaintCooldown, retentionFirst,
                new Contact(contact.outboundChannels(), levers.weeklyCaps(), levers.weeklyCapAllChannels(),
                        levers.quietFrom(), levers.quietUntil()),
                journeyPrecedence, levers.holdout(), notOfferedTwice);
    }

    public double weightOf(String program) {
        return programWeights.getOrDefault(program, 1.0);
    }

    /**
     * @param minDaysOverdue  from how many days overdue a customer counts as delinquent
     * @param blockedPrograms the programs whose commercial actions wait until the customer has paid
     */
    public record Delinquency(Integer minDaysOverdue, List<String> blockedPrograms) {
        public Delinquency {
            minDaysOverdue = minDaysOverdue == null ? 1 : minDaysOverdue;
            // a proactive save is no discount or credit while money is owed: the service saves still go
            blockedPrograms = blockedPrograms == null ? List.of("device-upgrade", "upsell-cross-sell", "proactive-retention")
                    : List.copyOf(blockedPrograms);
        }
    }

    /** @param days how long after a complaint is resolved commercial actions stay off */
    public record ComplaintCooldown(Integer days) {
        public ComplaintCooldown {
            days = days == null ? 14 : days;
        }
    }

    /**
     * @param contractEndWithinDays a contract ending within this many days puts retention first
     * @param journeys              journeys (process ids) that put retention first while they run
     * @param retentionPrograms     the programs whose offers count as retention
     */
    public record RetentionFirst(Integer contractEndWithinDays, List<String> journeys, List<String> retentionPrograms) {
        public RetentionFirst {
            contractEndWithinDays = contractEndWithinDays == null ? 60 : contractEndWithinDays;
            journeys = journeys == null ? List.of("cancellation-winback", "proactive-retention") : List.copyOf(journeys);
            retentionPrograms = retentionPrograms == null
                    ? List.of("cancellation-winback", "proactive-retention", "contract-renewal")
                    : List.copyOf(retentionPrograms);
        }
    }

    /**
     * @param programs the programs whose offers are saves: once one has reached the customer (within the
     *                 contact history's window), no journey makes it again
     */
    public record NotOfferedTwice(List<String> programs) {
        public NotOfferedTwice {
            programs = programs == null ? List.of("cancellation-winback", "proactive-retention") : List.copyOf(programs);
        }
    }

    /**
     * @param outboundChannels channels where the operator reaches out (consent, quiet hours and caps apply)
     * @param weeklyCaps       per outbound channel, at most this many contacts in 7 days
     * @param weeklyCapAllChannels at most this many contacts in 7 days over all outbound channels together; null: no such cap
     * @param quietFrom        default start of the no-contact window, operator time (customers may set their own)
     * @param quietUntil       default end of the no-contact window
     */
    public record Contact(Set<Channel> outboundChannels, Map<Channel, Integer> weeklyCaps, Integer weeklyCapAllChannels,
                          LocalTime quietFrom, LocalTime quietUntil) {

        public Contact {
            outboundChannels = outboundChannels == null
                    ? Set.of(Channel.SMS, Channel.EMAIL, Channel.PUSH, Channel.TELESALES) : Set.copyOf(outboundChannels);
            if (weeklyCaps == null) {
                weeklyCaps = new EnumMap<>(Map.of(Channel.SMS, 2, Channel.EMAIL, 3, Channel.PUSH, 3, Channel.TELESALES, 1));
            }
            weeklyCaps = Map.copyOf(weeklyCaps);
            quietFrom = quietFrom == null ? LocalTime.of(21, 0) : quietFrom;
            quietUntil = quietUntil == null ? LocalTime.of(8, 0) : quietUntil;
        }

        public boolean isOutbound(Channel channel) {
            return outboundChannels.contains(channel);
        }
    }
}
