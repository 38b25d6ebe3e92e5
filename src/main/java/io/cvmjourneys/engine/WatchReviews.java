package io.cvmjourneys.engine;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;

/**
 * The reviews a nightly watch opens when figures cross a limit: one per subject (its business key)
 * at a time, and none again within the watch's window of the last one's start, so the next review
 * reads figures the last one did not.
 */
public final class WatchReviews {

    private WatchReviews() {
    }

    public static boolean underWayOrBegunSince(HistoryService history, String process, String businessKey, Instant since) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(process).processInstanceBusinessKey(businessKey)
                .or().unfinished().startedAfter(Date.from(since)).endOr()
                .count() > 0;
    }
}
