package io.cvmjourneys.customer;

import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the decisions need to know about one customer, read at once: profile, products,
 * billing, incidents in the area, recent contacts, consents, complaints and running journeys.
 * Contacts and complaints cover a recent window (see the reader's configuration), not all history.
 */
public record CustomerContext(Customer customer, List<Subscription> subscriptions, Billing billing,
                              List<Incident> openIncidentsInArea, List<Contact> recentContacts, Set<Consent> consents,
                              List<Complaint> recentComplaints, List<ActiveJourney> activeJourneys, Instant readAt) {

    public CustomerContext {
        subscriptions = List.copyOf(subscriptions);
        openIncidentsInArea = List.copyOf(openIncidentsInArea);
        recentContacts = List.copyOf(recentContacts);
        consents = Set.copyOf(consents);
        recentComplaints = List.copyOf(recentComplaints);
        activeJourneys = List.copyOf(activeJourneys);
    }

    public String customerId() {
        return customer.id();
    }

    public long tenureMonths(LocalDate today) {
        return ChronoUnit.MONTHS.between(customer.customerSince(), today);
    }

    /** Days until the nearest contract end still ahead (0 = today); empty without a running contract. */
    public Optional<Long> daysToContractEnd(LocalDate today) {
        return nearest(subscriptions.stream().map(Subscription::contractEnd).toList(), today);
    }

    /** Days until the nearest device lease end still ahead; empty without a leased device. */
    public Optional<Long> daysToDeviceLeaseEnd(LocalDate today) {
        return nearest(subscriptions.stream().map(Subscription::deviceLeaseEnd).toList(), today);
    }

    /** How many products of this type the customer has ({@link Subscription#MOBILE}, {@link Subscription#BROADBAND}). */
    public int linesOf(String productType) {
        return (int) subscriptions.stream().filter(subscription -> subscription.productType().equals(productType)).count();
    }

    public boolean hasConsent(ConsentPurpose purpose, Channel channel) {
        return consents.contains(new Consent(purpose, channel));
    }

    /** This context with only the contacts made before the instant: what a decision then would have counted. */
    public CustomerContext withContactsBefore(Instant instant) {
        return new CustomerContext(customer, subscriptions, billing, openIncidentsInArea, recentContacts.stream()
                .filter(contact -> contact.contactedAt().isBefore(instant)).toList(), consents, recentComplaints,
                activeJourneys, readAt);
    }

    public long contactsSince(Channel channel, Instant since) {
        return recentContacts.stream()
                .filter(contact -> contact.channel() == channel && !contact.contactedAt().isBefore(since))
                .count();
    }

    public boolean hasOpenComplaint() {
        return recentComplaints.stream().anyMatch(Complaint::isOpen);
    }

    /** When the most recently resolved complaint was resolved, if any in the window. */
    public Optional<Instant> lastComplaintResolvedAt() {
        return recentComplaints.stream().map(Complaint::resolvedAt).filter(Objects::nonNull).max(Instant::compareTo);
    }

    public boolean isInJourney(String processId) {
        return activeJourneys.stream().anyMatch(journey -> journey.processId().equals(processId));
    }

    /**
     * The context as a journey sees it from inside: the journey counts as running even while the
     * engine has not yet saved it (a decision in the journey's first transaction).
     */
    public CustomerContext seenFrom(ActiveJourney journey) {
        if (activeJourneys.stream().anyMatch(active -> active.processInstanceId().equals(journey.processInstanceId()))) {
            return this;
        }
        List<ActiveJourney> withJourney = new ArrayList<>(activeJourneys);
        withJourney.add(journey);
        return new CustomerContext(customer, subscriptions, billing, openIncidentsInArea, recentContacts, consents,
                recentComplaints, withJourney, readAt);
    }

    private static Optional<Long> nearest(List<LocalDate> dates, LocalDate today) {
        return dates.stream()
                .filter(Objects::nonNull)
                .filter(date -> !date.isBefore(today))
                .map(date -> ChronoUnit.DAYS.between(today, date))
                .min(Long::compareTo);
    }
}
