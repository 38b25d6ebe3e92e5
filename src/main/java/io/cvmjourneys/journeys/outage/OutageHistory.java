package io.cvmjourneys.journeys.outage;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.ServiceIncidents;
import io.cvmjourneys.customer.ServiceIncidents.RecordedIncident;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the incidents of the demo's past that are fixed by now (a broadband power cut and a
 * mobile mast in maintenance, each for a day and a half, and planned works for a morning), each
 * lived by a sample of the customers it touched: our most valuable first, then others. The
 * network reports the fix when it came; one customer of each long incident complains before it;
 * half answer the survey; agents make the apology calls.
 */
@Component
@Profile("demo")
class OutageHistory implements ProgramHistory {

    /** The demo base's fixed incidents (see the customer module's demo vocabulary). */
    static final List<String> INCIDENTS = List.of("INC-M-EARLIER", "INC-LS-EARLIER", "INC-B-EARLIER");
    static final int VALUABLE_PER_INCIDENT = 2;
    static final int OTHERS_PER_INCIDENT = 6;
    private static final Set<String> VALUABLE = Set.of("VIP", "HIGH_VALUE");
    private static final List<String> CALL_RESULTS = List.of("APOLOGISED", "STILL_PROBLEMS", "NO_ANSWER");

    private final ServiceIncidents incidents;
    private final CustomerDirectory customers;
    private final Clock clock;
    private final Set<String> complaining = new HashSet<>();
    private final Set<String> complained = new HashSet<>();

    OutageHistory(ServiceIncidents incidents, CustomerDirectory customers, Clock clock) {
        this.incidents = incidents;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return OutageVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        List<PastStart> starts = new ArrayList<>();
        for (String id : INCIDENTS) {
            Optional<RecordedIncident> found = incidents.find(id).filter(incident -> incident.resolvedAt() != null
                    && !incident.incident().startedAt().isBefore(period.firstDay().atStartOfDay(clock.getZone()).toInstant()));
            if (found.isEmpty()) {
                continue;
            }
            RecordedIncident incident = found.get();
            List<String> affected = incidents.customersWith(incident.incident().areaCode(),
                    IncidentKind.valueOf(incident.incident().kind()).productTypes());
            List<String> sample = new ArrayList<>(pick(period, affected, VALUABLE_PER_INCIDENT, true));
            List<String> others = pick(period, affected, OTHERS_PER_INCIDENT, false);
            if (!others.isEmpty() && !IncidentKind.PLANNED_WORKS.name().equals(incident.incident().kind())) {
                complaining.add(others.get(0));
            }
            sample.addAll(others);
            for (String customer : sample) {
                Instant told = incident.incident().startedAt().plus(within(random, Duration.ofMinutes(10), Duration.ofMinutes(40)));
                starts.add(new PastStart(told, () -> Optional.of(new Moment("demo-history-outage-" + id + "-" + customer, customer,
                        MomentType.SERVICE_OUTAGE, Channel.WEB, clock.instant(), Map.of(CustomerAffected.INCIDENT_FIELD, id)))));
            }
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        return "Task_CallToApologise".equals(taskKey)
                ? Optional.of(TaskWork.after(teamDelay(random), Map.of(OutageVariables.APOLOGY_CALL_RESULT,
                        oneOf(random, CALL_RESULTS, 70, 15, 15), "agentNote", "Apologised and explained the credit")))
                : Optional.empty();
    }

    /** The fix when the network reported it; before it, a complaint from the one who would not wait. */
    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        String customer = String.valueOf(journey.get(JourneyStartVariables.CUSTOMER_ID));
        return switch (messageName) {
            case NetworkIncidents.RESTORED_MESSAGE -> {
                if (complaining.contains(customer) && complained.add(customer)) {
                    yield Optional.of(new Reply(within(random, Duration.ofHours(1), Duration.ofHours(3)),
                            MomentType.COMPLAINT_SUBMITTED, Channel.CALL_CENTER, Map.of("text",
                            "No service since this morning and nobody can say when it comes back", "category", "NETWORK")));
                }
                yield incidents.find(String.valueOf(journey.get(OutageVariables.INCIDENT_ID)))
                        .map(RecordedIncident::resolvedAt)
                        .map(fixed -> new Reply(fixed.isAfter(clock.instant()) ? Duration.between(clock.instant(), fixed)
                                : Duration.ZERO, MomentType.SERVICE_RESTORED, Channel.WEB,
                                Map.of("journey", OutageVariables.PROCESS_ID)));
            }
            case "OutageSurveyAnswered" -> happens(random, 0.5) ? Optional.of(new Reply(
                    within(random, Duration.ofHours(2), Duration.ofDays(3)), MomentType.SURVEY_ANSWERED, Channel.EMAIL,
                    Map.of("score", oneOf(random, List.of(3, 6, 7, 8, 9, 10), 1, 2, 3, 4, 3, 2), "journey",
                            OutageVariables.PROCESS_ID))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Up to {@code count} of the affected customers, valuable or not, free for the history. */
    private List<String> pick(PastPeriod period, List<String> affected, int count, boolean valuable) {
        List<String> picked = new ArrayList<>();
        for (String customer : affected) {
            if (picked.size() == count) {
                break;
            }
            boolean isValuable = customers.context(customer).map(context -> VALUABLE.contains(context.customer().segment().name()))
                    .orElse(false);
            if (isValuable == valuable && period.claim(customer)) {
                picked.add(customer);
            }
        }
        return picked;
    }
}
