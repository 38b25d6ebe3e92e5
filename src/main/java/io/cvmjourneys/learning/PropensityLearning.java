package io.cvmjourneys.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Starts the learning process: the nightly run once a day whichever node asks, a person's request at once. */
@Service
public class PropensityLearning {

    static final String PROCESS = "propensity-learning";
    static final String REQUESTED_BY = "learningRequestedBy";
    static final String NIGHTLY = "nightly";

    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;

    PropensityLearning(RuntimeService runtime, HistoryService history, Clock clock) {
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
    }

    /** Learns now, for the person (or the demo) who asked. */
    public ProcessInstance request(String by) {
        return runtime.startProcessInstanceByKey(PROCESS, PROCESS + ":" + by + ":" + clock.instant(), Map.of(REQUESTED_BY, by));
    }

    /** The night's learning, unless another node already started it today. */
    void nightly() {
        String key = PROCESS + ":" + NIGHTLY + ":" + LocalDate.now(clock);
        if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0) {
            runtime.startProcessInstanceByKey(PROCESS, key, Map.of(REQUESTED_BY, NIGHTLY));
        }
    }
}
