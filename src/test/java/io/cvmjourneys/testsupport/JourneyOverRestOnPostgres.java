package io.cvmjourneys.testsupport;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A journey test on PostgreSQL whose people work over the REST APIs ({@link JourneyOverRest}); the
 * test reads the database and the engine's history, and moves only time.
 */
@JourneyOnPostgres
public abstract class JourneyOverRestOnPostgres {

    @LocalServerPort
    protected int port;
    protected JourneyOverRest people;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected HistoryService historyService;
    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void peopleSignIn() {
        people = new JourneyOverRest(port);
    }
}
