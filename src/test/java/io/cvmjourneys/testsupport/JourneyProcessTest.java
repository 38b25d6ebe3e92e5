package io.cvmjourneys.testsupport;

import io.cvmjourneys.moments.MomentIntake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A process test of one customer's journey at a time, handed in through the moments intake: the
 * test sets {@link #customer} and {@link #journey}, and moves the engine clock from Monday
 * 23 November 2026, 09:00 ({@link #MONDAY_NINE}), which every test starts at.
 */
@ProcessTest
public abstract class JourneyProcessTest {

    protected static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    protected MomentIntake intake;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected JdbcClient jdbc;

    protected String customer;
    protected ProcessInstance journey;

    @BeforeEach
    void pinTheClock() {
        TestClock.pin(MONDAY_NINE);
    }

    protected void passTime(Duration duration) {
        EngineClock.passTime(managementService, journey.getId(), duration);
    }

    protected void runDueJobs() {
        EngineClock.runDueJobs(managementService, journey.getId());
    }

    protected Object variable(String name) {
        return JourneyRecords.variable(journey, name);
    }

    /** The customer's messages in the outbox as "CHANNEL template", oldest first. */
    protected List<String> queued() {
        return JourneyRecords.queuedMessages(jdbc, customer);
    }
}
