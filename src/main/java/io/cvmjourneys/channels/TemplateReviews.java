package io.cvmjourneys.channels;

import io.cvmjourneys.channels.OutboxTable.TemplateOnChannel;
import io.cvmjourneys.engine.WatchReviews;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The template watch (bpmn/template-review.bpmn): every night each message template is measured per
 * channel over the last days ({@code cvm.channels.template-watch-days}, 7) against as many before,
 * from the gateways' reports on what was sent: bounces and opt-outs per 1,000. Where
 * dmn/template-watch.dmn finds it failing, the channel team gets a review of the template on that
 * channel with the figures (one at a time, see {@link WatchReviews}).
 */
@Service
public class TemplateReviews {

    static final String PROCESS = "template-review";
    static final String DECISION = "templateWatch";
    static final String TEMPLATE = "reviewedTemplate";
    static final String CHANNEL = "templateChannel";
    static final String REASONS = "watchReasons";
    static final String FIGURES = "templateFigures";

    private final OutboxTable outbox;
    private final DecisionService decisions;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;
    private final int days;

    TemplateReviews(OutboxTable outbox, DecisionService decisions, RuntimeService runtime, HistoryService history, Clock clock,
                    @Value("${cvm.channels.template-watch-days:7}") int days) {
        if (days < 1) {
            throw new IllegalArgumentException("cvm.channels.template-watch-days is at least 1, not " + days);
        }
        this.outbox = outbox;
        this.decisions = decisions;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
        this.days = days;
    }

    /** Opens a review for every template and channel whose reports call for one and that has none; answers them. */
    public List<String> openWhereReportsCall() {
        Instant now = clock.instant();
        Instant windowStart = now.minus(Duration.ofDays(days));
        Map<TemplateOnChannel, TemplateFigures> before = outbox.sentByTemplate(windowStart.minus(Duration.ofDays(days)), windowStart);
        List<String> opened = new ArrayList<>();
        outbox.sentByTemplate(windowStart, now).forEach((template, last) -> {
            String key = PROCESS + ":" + template.template() + ":" + template.channel();
            if (WatchReviews.underWayOrBegunSince(history, PROCESS, key, windowStart)) {
                return;
            }
            TemplateFigures earlier = before.getOrDefault(template, TemplateFigures.NONE);
            List<String> reasons = decisions.evaluateDecisionByKey(DECISION).variables(Map.of(
                    "sentNow", last.sent(),
                    "bouncesPerThousandNow", last.bouncesPerThousand(),
                    "bouncesPerThousandRise", last.bouncesPerThousand() - earlier.bouncesPerThousand(),
                    "optOutsPerThousandNow", last.optOutsPerThousand(),
                    "optOutsPerThousandRise", last.optOutsPerThousand() - earlier.optOutsPerThousand()))
                    .evaluate().collectEntries("reviewReason");
            if (!reasons.isEmpty()) {
                Map<String, Object> variables = new HashMap<>();
                variables.put(TEMPLATE, template.template());
                variables.put(CHANNEL, template.channel().name());
                variables.put(REASONS, String.join("\n", reasons));
                variables.put(FIGURES, "Last %d days: %s.\nThe %d days before: %s.".formatted(days, last.summary(), days,
                        earlier.summary()));
                runtime.startProcessInstanceByKey(PROCESS, key, variables);
                opened.add(template.template() + " on " + template.channel());
            }
        });
        return opened;
    }
}
