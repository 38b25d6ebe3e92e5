package io.cvmjourneys.kpi;

import io.cvmjourneys.programs.ProgramDefinition;
import io.cvmjourneys.programs.ProgramStatus;
import io.cvmjourneys.programs.Programs;
import java.time.Clock;
import java.time.Period;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The review cycle of each live program (bpmn/program-review.bpmn): once its review period
 * ({@code cvm.kpi.review-period}, 30 days) has passed, the analytics team reviews its results and
 * recommends keeping, changing or stopping it, and a CVM manager decides; then the next period runs.
 * {@link NightlyProgramReviews} starts the cycle of a program that went live.
 */
@Service
public class ProgramReviews {

    static final String PROCESS = "program-review";
    static final String PROGRAM = "reviewedProgram";
    static final String PERIOD = "reviewPeriod";
    /** When the cycle began: the uplift counts every journey since, so its interval narrows review by review. */
    static final String CYCLE_START = "reviewCycleStart";

    private final RuntimeService runtime;
    private final Programs programs;
    private final Period reviewPeriod;
    private final Clock clock;

    ProgramReviews(RuntimeService runtime, Programs programs, @Value("${cvm.kpi.review-period:P30D}") Period reviewPeriod,
                   Clock clock) {
        if (reviewPeriod.isNegative() || reviewPeriod.isZero()) {
            throw new IllegalArgumentException("cvm.kpi.review-period is a period of at least a day, not " + reviewPeriod);
        }
        this.runtime = runtime;
        this.programs = programs;
        this.reviewPeriod = reviewPeriod;
        this.clock = clock;
    }

    Period reviewPeriod() {
        return reviewPeriod;
    }

    /** Starts the review cycle of every live program that has none running; answers the programs it started. */
    public List<String> startForLivePrograms() {
        return programs.all().stream().filter(program -> program.status() == ProgramStatus.LIVE)
                .map(ProgramDefinition::id).filter(this::startFor).toList();
    }

    /** Starts the program's review cycle unless one runs; answers whether it started one. */
    boolean startFor(String programId) {
        String key = PROCESS + ":" + programId;
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(key).count() > 0) {
            return false;
        }
        runtime.startProcessInstanceByKey(PROCESS, key, Map.of(PROGRAM, programId, PERIOD, reviewPeriod.toString(),
                CYCLE_START, Date.from(clock.instant())));
        return true;
    }
}
