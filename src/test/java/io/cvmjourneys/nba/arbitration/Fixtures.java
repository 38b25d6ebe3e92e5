package io.cvmjourneys.nba.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.customer.Billing;
import io.cvmjourneys.customer.Complaint;
import io.cvmjourneys.customer.Consent;
import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.customer.Contact;
import io.cvmjourneys.customer.Customer;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.Incident;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.customer.Subscription;
import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.nba.Candidate;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.nba.Suppression;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Customers, actions and cases with harmless defaults, so each test states only what matters to it. */
final class Fixtures {

    /** Wednesday 4 November 2026, 10:00 in the default zone (UTC): outside the default quiet hours. */
    static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 4);
    static final String AREA = "28003";
    static final NbaPolicies DEFAULTS = NbaPolicies.defaults();

    private Fixtures() {
    }

    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).toInstant(ZoneOffset.UTC);
    }

    static Instant today(String time) {
        return at(TODAY, LocalTime.parse(time));
    }

    static CustomerBuilder aCustomer() {
        return new CustomerBuilder();
    }

    /** A device-upgrade offer (commercial), deliverable everywhere, valid always, no consent needed. */
    static ActionBuilder anOffer(String id) {
        return new ActionBuilder(id, ActionKind.COMMERCIAL, "device-upgrade");
    }

    static ActionBuilder aServiceAction(String id) {
        return new ActionBuilder(id, ActionKind.SERVICE, "customer-care");
    }

    static ActionBuilder aMandatoryAction(String id) {
        return new ActionBuilder(id, ActionKind.MANDATORY, "billing-notices");
    }

    static ArbitrationCase caseOf(CustomerBuilder customer, Channel channel, Instant now, ActionBuilder... actions) {
        return caseIn(ZoneOffset.UTC, customer, channel, now, actions);
    }

    /** A case decided in an operator's zone other than UTC. */
    static ArbitrationCase caseIn(ZoneId zone, CustomerBuilder customer, Channel channel, Instant now,
                                  ActionBuilder... actions) {
        List<Candidate> candidates = Arrays.stream(actions).map(ActionBuilder::candidate).toList();
        return new ArbitrationCase(customer.build(), MomentType.CALL_CENTER_CONTACT, channel, now, zone,
                ArbitrationCase.Vocabulary.CODES, candidates);
    }

    /** Runs one policy on its own, through the rules engine, and hands back the case it worked on. */
    static ArbitrationCase runAlone(Object policy, ArbitrationCase arbitrationCase) {
        new ArbitrationPolicies(List.of(policy)).arbitrate(arbitrationCase);
        return arbitrationCase;
    }

    static List<String> standingIds(ArbitrationCase arbitrationCase) {
        return arbitrationCase.standing().stream().map(Candidate::actionId).toList();
    }

    static Suppression onlySuppression(ArbitrationCase arbitrationCase) {
        assertThat(arbitrationCase.suppressed()).hasSize(1);
        return arbitrationCase.suppressed().get(0);
    }

    static final class CustomerBuilder {

        private String id = "C-1001";
        private String areaCode = AREA;
        private LocalTime quietFrom;
        private LocalTime quietUntil;
        private LocalDate contractEnd;
        private Billing billing = Billing.NOTHING_DUE;
        private final List<Incident> incidents = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final Set<Consent> consents = new HashSet<>();
        private final List<Complaint> complaints = new ArrayList<>();
        private final List<ActiveJourney> journeys = new ArrayList<>();

        CustomerBuilder withId(String id) {
            this.id = id;
            return this;
        }

        CustomerBuilder inArea(String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        CustomerBuilder withOwnQuietHours(String from, String until) {
            this.quietFrom = LocalTime.parse(from);
            this.quietUntil = LocalTime.parse(until);
            return this;
        }

        CustomerBuilder withContractEndingOn(LocalDate contractEnd) {
            this.contractEnd = contractEnd;
            return this;
        }

        CustomerBuilder overdueFor(int days, int invoices) {
            this.billing = new Billing(new BigDecimal("84.50"), invoices, days, TODAY.minusDays(days));
            return this;
        }

        CustomerBuilder withIncident(String id, String title, Instant startedAt) {
            incidents.add(new Incident(id, areaCode, "OUTAGE", title, startedAt));
            return this;
        }

        CustomerBuilder contactedThrough(Channel channel, Instant... times) {
            for (Instant time : times) {
                contacts.add(new Contact(channel, "earlier-action", "earlier-decision", time));
            }
            return this;
        }

        /** The action reached the customer through the channel at that time (delivered, or answered in a conversation). */
        CustomerBuilder offered(String actionId, Channel channel, Instant at) {
            contacts.add(new Contact(channel, actionId, "decision-" + actionId, at));
            return this;
        }

        CustomerBuilder consentingTo(ConsentPurpose purpose, Channel channel) {
            consents.add(new Consent(purpose, channel));
            return this;
        }

        CustomerBuilder withOpenComplaint(String id, Instant filedAt) {
            complaints.add(new Complaint(id, Channel.CALL_CENTER, "billing", "Charged twice", filedAt, null));
            return this;
        }

        CustomerBuilder withComplaintResolved(String id, Instant resolvedAt) {
            complaints.add(new Complaint(id, Channel.CALL_CENTER, "network", "No coverage at home",
                    resolvedAt.minusSeconds(86_400 * 3), resolvedAt));
            return this;
        }

        CustomerBuilder inJourney(String processId) {
            journeys.add(new ActiveJourney(processId, processId, processId + "-instance", List.of("Waiting")));
            return this;
        }

        CustomerContext build() {
            Customer customer = new Customer(id, "Ana García", "+34600000001", "ana@example.org",
                    CustomerType.POSTPAID, Segment.MASS, LocalDate.of(2020, 1, 15), new BigDecimal("1200"),
                    new BigDecimal("35"), areaCode, false, quietFrom, quietUntil);
            Subscription line = new Subscription("S-1", "MOBILE", "Unlimited 5G", "5G", new BigDecimal("35"),
                    contractEnd, "Phone X", null);
            return new CustomerContext(customer, List.of(line), billing, incidents, contacts, consents, complaints,
                    journeys, NOW);
        }
    }

    static final class ActionBuilder {

        private final String id;
        private final ActionKind kind;
        private String program;
        private Set<Channel> channels = EnumSet.allOf(Channel.class);
        private LocalDate validFrom;
        private LocalDate validUntil;
        private boolean paused;
        private boolean programLive = true;
        private ConsentPurpose consentPurpose;

        private ActionBuilder(String id, ActionKind kind, String program) {
            this.id = id;
            this.kind = kind;
            this.program = program;
        }

        ActionBuilder inProgram(String program) {
            this.program = program;
            return this;
        }

        ActionBuilder deliverableThrough(Channel... channels) {
            this.channels = Set.of(channels);
            return this;
        }

        ActionBuilder validBetween(LocalDate from, LocalDate until) {
            this.validFrom = from;
            this.validUntil = until;
            return this;
        }

        ActionBuilder paused() {
            this.paused = true;
            return this;
        }

        ActionBuilder ofAProgramNotLive() {
            this.programLive = false;
            return this;
        }

        ActionBuilder needingConsent(ConsentPurpose purpose) {
            this.consentPurpose = purpose;
            return this;
        }

        Action build() {
            return new Action(id, id + " name", program, kind, channels, BigDecimal.TEN, validFrom, validUntil, paused,
                    consentPurpose, programLive);
        }

        Candidate candidate() {
            return new Candidate(build(), 0.5, BigDecimal.TEN, "proposed by the candidate table");
        }
    }
}
