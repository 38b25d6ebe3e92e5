package io.cvmjourneys.journeys;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Demo only: one program's part in the demo's past, which {@link DemoJourneyHistory} plays through
 * the product — the moments that started the program's journeys, what the teams entered in the
 * journeys' tasks and what the customers answered. No answer means nobody acted: the journey's own
 * timers decide then, as they would have.
 */
public interface ProgramHistory {

    /** The journey (process id) the program runs. */
    String processId();

    /** How far back the program's past begins: long enough for its journeys to end within it. */
    default Duration past() {
        return DemoJourneyHistory.PAST;
    }

    /** The program's journeys in the period: when each starts, and the moment that starts it (none when no customer fits then). */
    List<PastStart> starts(PastPeriod period);

    /**
     * What the task's team enters in its form, and how long after the task appeared.
     *
     * @param journey the variables the task sees
     */
    Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random);

    /**
     * What the customer answers to the message the journey waits at, and how long after it began to wait.
     *
     * @param journey the variables the waiting step sees
     */
    Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random);

    /** Once a day of the past: what the program's feeds would have seen by now, they report. */
    default void timePassed() {
    }

    /** A journey to start at {@code at}; the moment is made then, from what the customer base holds at that time. */
    record PastStart(Instant at, Supplier<Optional<Moment>> moment) {
    }

    /**
     * A team member's work on a task: the form's entries; the answers the customer gave, on the
     * workspace's customer page beside the task, to the offers it shows (by action id); and what
     * the customer does after the conversation.
     */
    record TaskWork(Duration after, Map<String, Object> entries, Map<String, Outcome> offerAnswers, List<Reply> followedBy) {

        public TaskWork {
            entries = Map.copyOf(entries);
            offerAnswers = Map.copyOf(offerAnswers);
            followedBy = List.copyOf(followedBy);
        }

        public static TaskWork after(Duration after, Map<String, Object> entries) {
            return new TaskWork(after, entries, Map.of(), List.of());
        }

        public TaskWork answeringOffers(Map<String, Outcome> answers) {
            return new TaskWork(after, entries, answers, followedBy);
        }

        /** @param reply when, counted from the task's completion */
        public TaskWork followedBy(Reply reply) {
            List<Reply> replies = new ArrayList<>(followedBy);
            replies.add(reply);
            return new TaskWork(after, entries, offerAnswers, replies);
        }
    }

    /** A moment the customer (or a system acting for them) hands in, {@code after} the wait began. */
    record Reply(Duration after, MomentType type, Channel channel, Map<String, Object> data) {

        public Reply {
            data = Map.copyOf(data);
        }
    }
}
