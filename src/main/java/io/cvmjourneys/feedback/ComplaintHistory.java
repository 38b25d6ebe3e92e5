package io.cvmjourneys.feedback;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the complaints of the demo's past. Customers complain about bills, the network, their
 * phone, service and offers; CX triages, the call center (CX for the severe ones) resolves them and
 * offers the call-back; complaints about an offer reach a CVM manager, who may pause the offer that
 * drew them. Surveys come back from most customers, some of them detractors whom CX calls.
 */
@Component
@Profile("demo")
class ComplaintHistory implements ProgramHistory {

    static final int JOURNEYS = 30;

    /** What customers complain about, the category they would name and what CX finds behind it. */
    private record Complaint(String text, String category, String rootCause, String linkedAction) {
    }

    private static final List<Complaint> COMPLAINTS = List.of(
            new Complaint("My bill went up this month and nobody told me why", "BILLING", "BILLING", null),
            new Complaint("I was charged for roaming on a trip inside the free zone", "BILLING", "BILLING", null),
            new Complaint("Mobile data stops working every evening at home", "NETWORK", "NETWORK", null),
            new Complaint("My broadband drops several times a day", "NETWORK", "NETWORK", null),
            new Complaint("The phone I lease restarts on its own", "DEVICE", "DEVICE", null),
            new Complaint("I was promised a call back twice and nobody called", "SERVICE", "SERVICE", null),
            new Complaint("I keep getting texts about a data add-on I never wanted, and one was charged", "OFFERS",
                    "CVM_OFFER", "DATA_ADDON_5GB"),
            new Complaint("The loyalty reward code from your e-mail does not work", "OFFERS", "CVM_OFFER", "LOYALTY_REWARD"));
    private static final List<Channel> CHANNELS = List.of(Channel.CALL_CENTER, Channel.WEB, Channel.APP, Channel.STORE,
            Channel.EMAIL);
    private static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH");
    private static final List<String> REVIEWS = List.of("PAUSE_ACTION", "CHANGE_TARGETING", "NO_CHANGE");

    private final CustomerDirectory customers;
    private final Clock clock;

    ComplaintHistory(CustomerDirectory customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return FeedbackVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        List<Instant> times = period.startTimes(JOURNEYS, Duration.ZERO, Duration.ofDays(3));
        List<String> complaining = period.customers(JOURNEYS, id -> customers.context(id).isPresent());
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < Math.min(times.size(), complaining.size()); i++) {
            String customer = complaining.get(i);
            Complaint complaint = oneOf(random, COMPLAINTS, 4, 3, 4, 3, 2, 3, 2, 1);
            Channel channel = oneOf(random, CHANNELS, 45, 20, 15, 10, 10);
            starts.add(new PastStart(times.get(i), () -> Optional.of(new Moment("demo-history-complaint-" + customer, customer,
                    MomentType.COMPLAINT_SUBMITTED, channel, clock.instant(),
                    Map.of("text", complaint.text(), "category", complaint.category())))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        return switch (taskKey) {
            case "Task_TriageComplaint" -> Optional.of(TaskWork.after(teamDelay(random), triage(journey, random)));
            case "Task_ResolveComplaint", "Task_ResolveSevereComplaint" -> Optional.of(TaskWork.after(teamDelay(random),
                            Map.of("resolutionNote", "Explained what happened and put it right"))
                    .answeringOffers(Map.of("COMPLAINT_CALLBACK", happens(random, 0.85) ? Outcome.ACCEPTED : Outcome.DECLINED)));
            case "Task_ReviewActionComplaints" -> Optional.of(TaskWork.after(teamDelay(random), review(journey, random)));
            case "Task_FollowUpDetractor" -> Optional.of(TaskWork.after(teamDelay(random),
                    Map.of("followUpNote", "Called back; the customer accepted a goodwill credit")));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        return "ComplaintSurveyAnswered".equals(messageName) && happens(random, 0.6) ? Optional.of(new Reply(
                within(random, Duration.ofHours(1), Duration.ofDays(5)), MomentType.SURVEY_ANSWERED, Channel.EMAIL,
                Map.of("score", oneOf(random, List.of(2, 5, 6, 7, 8, 9, 10), 1, 2, 2, 2, 3, 3, 2)))) : Optional.empty();
    }

    /** CX confirms the category, grades the severity and names the cause; an offer's complaint names the offer. */
    private static Map<String, Object> triage(Map<String, Object> journey, SplittableRandom random) {
        String text = (String) journey.get(FeedbackVariables.COMPLAINT_TEXT);
        Complaint complaint = COMPLAINTS.stream().filter(known -> known.text().equals(text)).findFirst()
                .orElse(new Complaint(text, "UNSPECIFIED", "OTHER", null));
        Map<String, Object> entries = new HashMap<>(Map.of(FeedbackVariables.CATEGORY, complaint.category(),
                FeedbackVariables.SEVERITY, oneOf(random, SEVERITIES, 50, 35, 15),
                FeedbackVariables.ROOT_CAUSE, complaint.rootCause()));
        if (complaint.linkedAction() != null) {
            entries.put(FeedbackVariables.LINKED_ACTION, complaint.linkedAction());
        }
        return entries;
    }

    /** Unwanted add-on texts are what managers pause; other offers get their targeting looked at, or stay. */
    private static Map<String, Object> review(Map<String, Object> journey, SplittableRandom random) {
        boolean addOn = "DATA_ADDON_5GB".equals(journey.get(FeedbackVariables.LINKED_ACTION));
        String decision = addOn ? oneOf(random, REVIEWS, 60, 30, 10) : oneOf(random, REVIEWS, 0, 50, 50);
        return Map.of(FeedbackVariables.REVIEW_DECISION, decision, FeedbackVariables.REVIEW_NOTE, switch (decision) {
            case "PAUSE_ACTION" -> "Customers get it without asking: stop it until the targeting is fixed";
            case "CHANGE_TARGETING" -> "Narrow it to customers who used up their allowance twice";
            default -> "A handful of complaints among many deliveries";
        });
    }
}
