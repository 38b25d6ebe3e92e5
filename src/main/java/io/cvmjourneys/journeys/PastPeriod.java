package io.cvmjourneys.journeys;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The stretch of the past a program's history fills (see {@link ProgramHistory}): its bounds in
 * the operator's zone, the program's own seeded randomness, and which customers are still free to
 * take part — each customer takes part in one journey of the history at most.
 */
public final class PastPeriod {

    /** The live demo and the README's examples use the first customers of the demo base. */
    static final int FIRST_FREE_CUSTOMER = 600;
    /** The demo base's size (customer.DemoCustomerBase). */
    static final int DEMO_BASE_SIZE = 5000;

    private static final int OFFICE_OPENS = 8;
    private static final int OFFICE_HOURS = 11;

    private final Instant from;
    private final Instant to;
    private final ZoneId zone;
    private final SplittableRandom random;
    private final Set<String> taken;

    /** @param taken the customers not free for the history, shared by every program's period */
    PastPeriod(Instant from, Instant to, ZoneId zone, SplittableRandom random, Set<String> taken) {
        this.from = from;
        this.to = to;
        this.zone = zone;
        this.random = random;
        this.taken = taken;
    }

    /** The first day of the period, in the operator's zone. */
    public LocalDate firstDay() {
        return dayOf(from);
    }

    /** The last day of the period, today, in the operator's zone. */
    public LocalDate lastDay() {
        return dayOf(to);
    }

    public SplittableRandom random() {
        return random;
    }

    /**
     * {@code count} instants during office hours, spread at random from {@code afterStart} into the
     * period up to {@code beforePresent} before its end, earliest first. Most journeys take weeks to
     * end, so a program starts more of them early on for its ended ones to show every outcome.
     */
    public List<Instant> startTimes(int count, Duration afterStart, Duration beforePresent) {
        LocalDate first = dayOf(from.plus(afterStart)).plusDays(1);
        long days = ChronoUnit.DAYS.between(first, dayOf(to.minus(beforePresent)));
        return Stream.generate(() -> first.plusDays(random.nextLong(days))
                        .atTime(OFFICE_OPENS, 0).plusMinutes(random.nextInt(OFFICE_HOURS * 60)).atZone(zone).toInstant())
                .limit(count).sorted().toList();
    }

    /**
     * Up to {@code count} free customers of the demo base that fit, taken for the history: a walk
     * from a random start in small random steps, so each program meets its own mix of customers.
     */
    public List<String> customers(int count, Predicate<String> fits) {
        List<String> chosen = new ArrayList<>();
        for (int n = FIRST_FREE_CUSTOMER + random.nextInt(10); chosen.size() < count && n <= DEMO_BASE_SIZE;
             n += 1 + random.nextInt(6)) {
            String customerId = "CUST-%06d".formatted(n);
            if (isFree(customerId) && fits.test(customerId) && claim(customerId)) {
                chosen.add(customerId);
            }
        }
        return chosen;
    }

    /**
     * Up to {@code count} free customers that fit, {@code heldOut} of them from the program's control
     * group, in random order: enough of the control group for the uplift to show.
     */
    public List<String> customersWithControlGroup(int count, int heldOut, Predicate<String> inControlGroup,
                                                  Predicate<String> fits) {
        List<String> chosen = new ArrayList<>(customers(heldOut, id -> inControlGroup.test(id) && fits.test(id)));
        chosen.addAll(customers(count - chosen.size(), id -> !inControlGroup.test(id) && fits.test(id)));
        Collections.shuffle(chosen, new Random(random.nextLong()));
        return chosen;
    }

    /** Takes the customer for one journey; false when the customer is not free (another journey has them, or the live demo). */
    public boolean claim(String customerId) {
        return isFree(customerId) && taken.add(customerId);
    }

    private boolean isFree(String customerId) {
        return Integer.parseInt(customerId.substring(customerId.indexOf('-') + 1)) >= FIRST_FREE_CUSTOMER
                && !taken.contains(customerId);
    }

    private LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
