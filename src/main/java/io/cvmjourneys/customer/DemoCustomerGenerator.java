package io.cvmjourneys.customer;

import static io.cvmjourneys.customer.DemoVocabulary.pick;

import io.cvmjourneys.customer.CustomerBase.Owned;
import io.cvmjourneys.customer.DemoVocabulary.Device;
import io.cvmjourneys.customer.DemoVocabulary.Plan;
import io.cvmjourneys.customer.DemoVocabulary.QuietHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The demo's synthetic customer base: profiles and products here, the history in
 * {@link DemoCustomerHistory}. A pure function of seed, size and day: the same inputs give the same
 * base, and every date is relative to the day, so the demo stays current. Each customer draws from
 * a random stream of its own, so one customer's draws never shift another's.
 */
final class DemoCustomerGenerator {

    /** Contracts are POSTPAID and HOME, ~70% of customers: this makes ~10% of all customers. */
    private static final double CONTRACT_ENDING_SOON = 0.14;
    /** Leases are POSTPAID only, ~45% of customers: this makes ~10% of all customers. */
    private static final double LEASE_ENDING_SOON = 0.22;
    private static final double OUT_OF_CONTRACT = 0.15;
    private static final double LEASED_DEVICE = 0.55;
    private static final double VULNERABLE = 0.015;
    private static final double OWN_QUIET_HOURS = 0.03;
    /** Half a year, so that the history generated for every customer falls inside the tenure. */
    private static final int MIN_TENURE_DAYS = 183;
    private static final long PHONE_SPREAD = 7919; // a prime: number × 7919 mod 10^6 never repeats below 10^6

    private final LocalDate today;
    private final List<Customer> customers = new ArrayList<>();
    private final List<Owned<Subscription>> subscriptions = new ArrayList<>();
    private final DemoCustomerHistory history;

    private DemoCustomerGenerator(LocalDate today, ZoneId zone) {
        this.today = today;
        this.history = new DemoCustomerHistory(today, zone);
    }

    /** @param zone the operator's zone: the demo's times of day are its local times */
    static CustomerBase generate(long seed, int size, LocalDate today, ZoneId zone) {
        DemoCustomerGenerator generator = new DemoCustomerGenerator(today, zone);
        SplittableRandom streams = new SplittableRandom(seed);
        for (int number = 1; number <= size; number++) {
            generator.addCustomer(number, streams.split());
        }
        return generator.history.complete(generator.customers, generator.subscriptions);
    }

    /**
     * A customer who joins us today (the generator's today): a profile and the products of their kind,
     * the consents they gave as they joined, and no past yet.
     */
    static CustomerBase newcomer(int number, LocalDate today, ZoneId zone, SplittableRandom random) {
        DemoCustomerGenerator generator = new DemoCustomerGenerator(today, zone);
        Customer customer = generator.addProfileAndProducts(number, random, today);
        return new CustomerBase(generator.customers, generator.subscriptions, List.of(), List.of(), List.of(), List.of(),
                generator.history.consentsOf(customer, random), List.of());
    }

    private void addCustomer(int number, SplittableRandom random) {
        history.add(addProfileAndProducts(number, random, null), random);
    }

    /** @param since the day the customer joined; null: some day in the past 15 years, half a year ago at least */
    private Customer addProfileAndProducts(int number, SplittableRandom random, LocalDate since) {
        String id = "CUST-%06d".formatted(number);
        double typeDraw = random.nextDouble();
        CustomerType type = typeDraw < 0.30 ? CustomerType.PREPAID
                : typeDraw < 0.75 ? CustomerType.POSTPAID : CustomerType.HOME;
        Segment segment = segment(type, random.nextDouble());
        List<Subscription> products = products(id, type, segment, random);
        BigDecimal arpu = products.stream().map(Subscription::monthlyFee).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(type == CustomerType.PREPAID ? money(random.nextDouble(6)) : BigDecimal.ZERO);
        Customer customer = profile(number, id, type, segment, arpu, random, since);
        customers.add(customer);
        products.forEach(product -> subscriptions.add(new Owned<>(id, product)));
        return customer;
    }

    private static Segment segment(CustomerType type, double draw) {
        return switch (type) {
            case PREPAID -> draw < 0.90 ? Segment.MASS : Segment.HIGH_VALUE;
            case POSTPAID -> draw < 0.55 ? Segment.MASS : draw < 0.80 ? Segment.HIGH_VALUE
                    : draw < 0.88 ? Segment.VIP : Segment.SMALL_BUSINESS;
            case HOME -> draw < 0.60 ? Segment.MASS : draw < 0.85 ? Segment.HIGH_VALUE
                    : draw < 0.90 ? Segment.VIP : Segment.SMALL_BUSINESS;
        };
    }

    private Customer profile(int number, String id, CustomerType type, Segment segment, BigDecimal arpu,
                             SplittableRandom random, LocalDate joined) {
        String lastName = pick(DemoVocabulary.LAST_NAMES, random);
        String name = segment == Segment.SMALL_BUSINESS
                ? lastName + " " + pick(DemoVocabulary.TRADES, random) + " Ltd"
                : pick(DemoVocabulary.FIRST_NAMES, random) + " " + lastName;
        String email = (segment == Segment.SMALL_BUSINESS ? "office." : "") + ascii(name) + "." + number + "@example.com";
        String phone = "+44 7%03d %06d".formatted(random.nextInt(400, 1000), number * PHONE_SPREAD % 1_000_000);
        int expectedMonths = switch (segment) {
            case MASS -> 30;
            case HIGH_VALUE -> 48;
            case SMALL_BUSINESS -> 54;
            case VIP -> 72;
        };
        double loyalty = (type == CustomerType.PREPAID ? 0.6 : 1.0) * (0.8 + random.nextDouble(0.4));
        BigDecimal clv = money(arpu.doubleValue() * expectedMonths * loyalty);
        QuietHours quiet = random.nextDouble() < OWN_QUIET_HOURS ? pick(DemoVocabulary.QUIET_HOURS, random) : null;
        LocalDate since = joined != null ? joined : today.minusDays(random.nextInt(MIN_TENURE_DAYS, 15 * 365 + 1));
        return new Customer(id, name, phone, email, type, segment, since, clv, arpu, pick(DemoVocabulary.AREA_CODES, random),
                random.nextDouble() < VULNERABLE, quiet == null ? null : quiet.from(), quiet == null ? null : quiet.until());
    }

    private List<Subscription> products(String id, CustomerType type, Segment segment, SplittableRandom random) {
        String prefix = id.replace("CUST-", "SUB-") + "-";
        List<Subscription> products = new ArrayList<>();
        boolean contractEndingSoon = random.nextDouble() < CONTRACT_ENDING_SOON;
        switch (type) {
            case PREPAID -> {
                Plan plan = segment == Segment.HIGH_VALUE ? DemoVocabulary.PREPAID_PLUS
                        : pick(DemoVocabulary.PREPAID_PLANS, random);
                products.add(new Subscription(prefix + 1, Subscription.MOBILE, plan.name(), random.nextDouble() < 0.3 ? "5G" : "4G",
                        plan.monthlyFee(), null, null, null));
            }
            case POSTPAID -> {
                boolean leaseEndingSoon = random.nextDouble() < LEASE_ENDING_SOON;
                int lines = segment == Segment.SMALL_BUSINESS ? random.nextInt(2, 7)
                        : 1 + (random.nextDouble() < 0.25 ? 1 : 0) + (random.nextDouble() < 0.10 ? 1 : 0);
                for (int line = 1; line <= lines; line++) {
                    products.add(mobileLine(prefix + line, mobilePlan(segment, random), line == 1 && contractEndingSoon,
                            line == 1 && leaseEndingSoon, random));
                }
            }
            case HOME -> {
                products.add(homeConnection(prefix + 1, segment, contractEndingSoon, random));
                if (random.nextDouble() < 0.30) {
                    products.add(new Subscription(prefix + 2, Subscription.MOBILE, DemoVocabulary.SIM_ONLY_PLAN.name(), "5G",
                            DemoVocabulary.SIM_ONLY_PLAN.monthlyFee(), contractEnd(false, random), null, null));
                }
            }
        }
        return products;
    }

    private static Plan mobilePlan(Segment segment, SplittableRandom random) {
        return switch (segment) {
            case MASS -> pick(DemoVocabulary.MASS_MOBILE_PLANS, random);
            case HIGH_VALUE -> pick(DemoVocabulary.HIGH_VALUE_MOBILE_PLANS, random);
            case VIP -> DemoVocabulary.VIP_MOBILE_PLAN;
            case SMALL_BUSINESS -> DemoVocabulary.BUSINESS_MOBILE_PLAN;
        };
    }

    /** The monthly fee includes the device instalment while the device is leased. */
    private Subscription mobileLine(String id, Plan plan, boolean contractEndingSoon, boolean leaseEndingSoon,
                                    SplittableRandom random) {
        boolean leased = leaseEndingSoon || random.nextDouble() < LEASED_DEVICE;
        Device device = leased ? pick(DemoVocabulary.DEVICES, random) : null;
        LocalDate leaseEnd = !leased ? null
                : today.plusDays(leaseEndingSoon ? random.nextInt(1, 61) : random.nextInt(61, 1096));
        return new Subscription(id, Subscription.MOBILE, plan.name(), random.nextDouble() < 0.6 ? "5G" : "4G",
                leased ? plan.monthlyFee().add(device.monthlyInstalment()) : plan.monthlyFee(),
                contractEnd(contractEndingSoon, random), leased ? device.model() : null, leaseEnd);
    }

    private Subscription homeConnection(String id, Segment segment, boolean contractEndingSoon, SplittableRandom random) {
        double draw = random.nextDouble();
        boolean premium = segment == Segment.VIP || segment == Segment.HIGH_VALUE;
        String technology = draw < 0.55 ? "FIBRE" : draw < 0.80 ? "COPPER" : "FIXED_WIRELESS";
        Plan plan = switch (technology) {
            case "FIBRE" -> premium ? DemoVocabulary.GIGABIT_PLAN : DemoVocabulary.FIBRE_PLAN;
            case "COPPER" -> DemoVocabulary.COPPER_PLAN;
            default -> DemoVocabulary.WIRELESS_PLAN;
        };
        return new Subscription(id, Subscription.BROADBAND, plan.name(), technology, plan.monthlyFee(),
                contractEnd(contractEndingSoon, random), null, null);
    }

    /** 24-month contracts: ending soon, ended (rolling monthly, no end), or somewhere in the next two years. */
    private LocalDate contractEnd(boolean endingSoon, SplittableRandom random) {
        if (endingSoon) {
            return today.plusDays(random.nextInt(1, 61));
        }
        return random.nextDouble() < OUT_OF_CONTRACT ? null : today.plusDays(random.nextInt(61, 731));
    }

    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    /** Letters and dots only, for e-mail addresses: "Zoë O'Brien" becomes "zoe.obrien". */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z ]", "").trim().replace(' ', '.');
    }
}
