package io.cvmjourneys.customer;

import io.cvmjourneys.customer.CustomerBase.ServiceIncident;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** What the demo customer base is made of: names, areas and incidents, plans, devices, complaints and actions. */
final class DemoVocabulary {

    static final List<String> FIRST_NAMES = List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophia", "Freya",
            "Lily", "Emily", "Aisha", "Priya", "Fatima", "Zara", "Chloe", "Hannah", "Niamh", "Siobhan", "Agnieszka", "Ewa",
            "Lucia", "Sofia", "Chiara", "Mei", "Yuki", "Ngozi", "Amara", "Megan", "Rhiannon", "Eilidh",
            "Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Thomas", "James", "Mohammed", "Ali",
            "Arjun", "Rohan", "Hamza", "Kwame", "Tunde", "Declan", "Cian", "Callum", "Rhys", "Dylan", "Piotr", "Tomasz",
            "Marco", "Luca", "Mateo", "Wei", "Hiroshi", "David");
    static final List<String> LAST_NAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
            "Jackson", "Clarke", "Patel", "Khan", "Ahmed", "Singh", "Hussain", "Begum", "Shah", "Okafor", "Mensah",
            "Adeyemi", "Osei", "Murphy", "Kelly", "O'Brien", "MacDonald", "Campbell", "Stewart", "Morgan", "Griffiths",
            "Hughes", "Kowalski", "Nowak", "Wiśniewska", "Rossi", "Russo", "García", "Fernández", "Silva", "Santos",
            "Chen", "Wang", "Li", "Nguyen", "Tanaka", "Kim", "Novak", "Dubois", "Müller", "Schmidt", "Fraser");
    static final List<String> TRADES = List.of("Plumbing", "Bakery", "Joinery", "Electrical", "Cafe", "Dental Care",
            "Lettings", "Motors", "Florists", "Accountants", "Builders", "Barbers", "Cleaning Services", "Design Studio");

    /** Postcode areas the network is organised by. */
    /** The areas with an open incident: about a tenth of the customers live there. */
    static final List<String> OUTAGE_AREAS = List.of("M", "G");
    static final List<String> AREA_CODES = List.of("M", "G", "B", "BS", "CF", "E", "EH", "L", "LS", "N", "NE", "NG", "S",
            "SE", "SW", "W", "BT", "CB", "OX", "PL");

    record Plan(String name, BigDecimal monthlyFee) {
        Plan(String name, String monthlyFee) {
            this(name, new BigDecimal(monthlyFee));
        }
    }

    static final List<Plan> PREPAID_PLANS = List.of(new Plan("Pay As You Go 10", "10.00"),
            new Plan("Pay As You Go 15", "15.00"), new Plan("Pay As You Go 20", "20.00"));
    static final Plan PREPAID_PLUS = new Plan("Pay As You Go 30", "30.00");
    static final List<Plan> MASS_MOBILE_PLANS = List.of(new Plan("Essential 20GB", "18.00"), new Plan("Plus 60GB", "25.00"));
    static final List<Plan> HIGH_VALUE_MOBILE_PLANS = List.of(new Plan("Plus 60GB", "25.00"), new Plan("Unlimited", "35.00"));
    static final Plan VIP_MOBILE_PLAN = new Plan("Unlimited Max", "55.00");
    static final Plan BUSINESS_MOBILE_PLAN = new Plan("Business Unlimited", "30.00");
    static final Plan SIM_ONLY_PLAN = new Plan("Essential 20GB", "18.00");
    static final Plan FIBRE_PLAN = new Plan("Fibre 500", "38.00");
    static final Plan GIGABIT_PLAN = new Plan("Fibre 1 Gig", "55.00");
    static final Plan COPPER_PLAN = new Plan("Broadband 70", "28.00");
    static final Plan WIRELESS_PLAN = new Plan("5G Home 300", "32.00");

    record Device(String model, BigDecimal monthlyInstalment) {
        Device(String model, String monthlyInstalment) {
            this(model, new BigDecimal(monthlyInstalment));
        }
    }

    static final List<Device> DEVICES = List.of(new Device("iPhone 16 Pro", "42.00"), new Device("iPhone 16", "33.00"),
            new Device("iPhone 15", "26.00"), new Device("Galaxy S25", "31.00"), new Device("Galaxy A56", "14.00"),
            new Device("Galaxy Z Flip6", "38.00"), new Device("Pixel 9", "28.00"), new Device("Pixel 9a", "17.00"),
            new Device("Xiaomi 15", "22.00"), new Device("Moto g85", "9.00"));

    record ComplaintText(String category, String summary) {
    }

    static final List<ComplaintText> COMPLAINTS = List.of(
            new ComplaintText("BILLING", "Charged twice for the same month"),
            new ComplaintText("BILLING", "Roaming charges after a trip inside the free roaming zone"),
            new ComplaintText("BILLING", "Price rise not announced in advance"),
            new ComplaintText("NETWORK", "Calls drop at home several times a day"),
            new ComplaintText("NETWORK", "Broadband much slower in the evening than the plan promises"),
            new ComplaintText("SERVICE", "Promised call back never came"),
            new ComplaintText("SERVICE", "Waited over an hour on the phone"),
            new ComplaintText("DEVICE", "Leased phone replaced twice, still faulty"),
            new ComplaintText("BILLING", "Upgrade fee not as quoted in the store"),
            new ComplaintText("OFFERS", "The loyalty reward code did not work"),
            new ComplaintText("OFFERS", "Charged for a data add-on I never asked for"));

    /** Complaints CX has traced back to the CVM action that caused them: summary -> action and its program. */
    static final Map<String, List<String>> LINKED_OFFER_COMPLAINTS = Map.of(
            "The loyalty reward code did not work", List.of("LOYALTY_REWARD", "loyalty"),
            "Charged for a data add-on I never asked for", List.of("DATA_ADDON_5GB", "upsell-cross-sell"));
    static final ComplaintText OUTAGE_COMPLAINT = new ComplaintText("NETWORK", "No service since the outage started");

    // Ids of the action catalog (cvm.nba_action), so contacts count towards the actions' figures.
    static final List<String> MARKETING_ACTIONS = List.of("CONTRACT_RENEWAL_OFFER", "DEVICE_UPGRADE_OFFER", "DATA_ADDON_5GB",
            "LOYALTY_REWARD", "HOME_BROADBAND_BUNDLE");
    static final List<String> SERVICE_ACTIONS = List.of("USAGE_TIP", "SERVICE_APOLOGY_CREDIT", "DUNNING_REMINDER");

    record QuietHours(LocalTime from, LocalTime until) {
    }

    static final List<QuietHours> QUIET_HOURS = List.of(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)),
            new QuietHours(LocalTime.of(20, 0), LocalTime.of(9, 0)), new QuietHours(LocalTime.of(22, 30), LocalTime.of(7, 30)),
            new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0)));

    /** Two open incidents (in {@link #OUTAGE_AREAS}) and some resolved ones, relative to the day. */
    static List<ServiceIncident> incidents(LocalDate today, ZoneId zone) {
        return List.of(
                incident("INC-M-OPEN", OUTAGE_AREAS.get(0), "MOBILE_OUTAGE",
                        "Mast down: no mobile data in Manchester city centre", today.minusDays(1), null, zone),
                incident("INC-G-OPEN", OUTAGE_AREAS.get(1), "BROADBAND_DEGRADATION",
                        "Fibre cabinet fault: slow broadband in Glasgow north", today.minusDays(2), null, zone),
                incident("INC-M-EARLIER", "M", "BROADBAND_OUTAGE", "Power cut at the Manchester exchange",
                        today.minusDays(30), today.minusDays(29), zone),
                incident("INC-LS-EARLIER", "LS", "MOBILE_OUTAGE", "Mast maintenance overran in Leeds",
                        today.minusDays(9), today.minusDays(8), zone),
                incident("INC-B-EARLIER", "B", "PLANNED_WORKS", "Planned network upgrade in Birmingham",
                        today.minusDays(3), today.minusDays(3), zone));
    }

    private static ServiceIncident incident(String id, String area, String kind, String title, LocalDate startedOn,
                                            LocalDate resolvedOn, ZoneId zone) {
        return new ServiceIncident(new Incident(id, area, kind, title, startedOn.atTime(7, 40).atZone(zone).toInstant()),
                resolvedOn == null ? null : resolvedOn.atTime(16, 5).atZone(zone).toInstant());
    }

    static <T> T pick(List<T> choices, SplittableRandom random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private DemoVocabulary() {
    }
}
