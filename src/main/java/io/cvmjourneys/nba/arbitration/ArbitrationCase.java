package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.Candidate;
import io.cvmjourneys.nba.Suppression;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The facts arbitration works on: one customer at one moment in one channel, and the candidates
 * still standing. Policies remove candidates with a reason; a candidate is removed once, by the
 * first policy (in priority order) that removes it. Notes record what a mandatory action was let
 * through despite, so the decision log shows it.
 */
public final class ArbitrationCase {

    public static final String FACT = "case";

    /**
     * The words reasons use for the codes they name (channels, programs, categories), so an agent
     * reads "the store", not STORE; {@code group} as in messages.properties. Days too, as people
     * write them.
     */
    public interface Vocabulary {
        /** Codes and ISO days as they are, where no person reads the reasons (benchmarks, unit tests). */
        Vocabulary CODES = of((group, code) -> String.valueOf(code), LocalDate::toString);

        String of(String group, Object code);

        /** A day, e.g. 3 Nov 2026. */
        String day(LocalDate day);

        static Vocabulary of(BiFunction<String, Object, String> codes, Function<LocalDate, String> days) {
            return new Vocabulary() {
                @Override
                public String of(String group, Object code) {
                    return codes.apply(group, code);
                }

                @Override
                public String day(LocalDate day) {
                    return days.apply(day);
                }
            };
        }
    }

    private final CustomerContext context;
    private final MomentType moment;
    private final Channel channel;
    private final Instant now;
    private final ZoneId zone;
    private final Vocabulary words;
    private final Map<String, Candidate> standing = new LinkedHashMap<>();
    private final List<Suppression> suppressed = new ArrayList<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final Set<String> conversation;

    public ArbitrationCase(CustomerContext context, MomentType moment, Channel channel, Instant now, ZoneId zone,
                           Vocabulary words, List<Candidate> candidates) {
        this(context, moment, channel, now, zone, words, candidates, Set.of());
    }

    /**
     * @param conversation the decisions already shown in the conversation this one is for (an agent's
     *                     page open on the customer): what they offered is still on the table, not offered before
     */
    public ArbitrationCase(CustomerContext context, MomentType moment, Channel channel, Instant now, ZoneId zone,
                           Vocabulary words, List<Candidate> candidates, Set<String> conversation) {
        this.conversation = Set.copyOf(conversation);
        this.words = words;
        this.context = context;
        this.moment = moment;
        this.channel = channel;
        this.now = now;
        this.zone = zone;
        candidates.forEach(candidate -> standing.putIfAbsent(candidate.actionId(), candidate));
    }

    public CustomerContext context() {
        return context;
    }

    public MomentType moment() {
        return moment;
    }

    public Channel channel() {
        return channel;
    }

    public Instant now() {
        return now;
    }

    /** Whether the decision was shown earlier in the same conversation as this one. */
    public boolean isThisConversation(String decisionId) {
        return decisionId != null && conversation.contains(decisionId);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The words for a code in the reasons people read. */
    public String words(String group, Object code) {
        return words.of(group, code);
    }

    /** A day as the reasons people read write it. */
    public String day(LocalDate day) {
        return words.day(day);
    }

    public LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    /** The candidates no policy has removed yet, in the order the table proposed them. */
    public List<Candidate> standing() {
        return List.copyOf(standing.values());
    }

    public void suppress(Candidate candidate, String rule, String reason) {
        if (standing.remove(candidate.actionId()) != null) {
            suppressed.add(new Suppression(candidate.actionId(), rule, reason));
        }
    }

    /** Removes every standing candidate the test picks, all for the same reason. */
    public void suppressWhere(Predicate<Candidate> which, String rule, String reason) {
        for (Candidate candidate : standing()) {
            if (which.test(candidate)) {
                suppress(candidate, rule, reason);
            }
        }
    }

    public void note(Candidate candidate, String note) {
        notes.computeIfAbsent(candidate.actionId(), id -> new ArrayList<>()).add(note);
    }

    public List<Suppression> suppressed() {
        return Collections.unmodifiableList(suppressed);
    }

    public Map<String, List<String>> notes() {
        return Collections.unmodifiableMap(notes);
    }
}
