package io.cvmjourneys.nba;

import io.cvmjourneys.nba.arbitration.ArbitrationCase;
import io.cvmjourneys.nba.arbitration.ArbitrationPolicies;
import io.cvmjourneys.benchmark.SyntheticContexts;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The pure decision with the context already in memory: the candidate table alone (the baseline),
 * the table with the arbitration policies, and the whole decision (table + arbitration policies + ranking), over 1,000 varied customers,
 * the demo action catalog and the real table from dmn/; the whole decision once more ranking with learned propensities.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NextBestActionDecisionBenchmark {

    private static final MomentType[] MOMENTS = MomentType.values();
    private static final Channel[] CHANNELS = Channel.values();

    private CandidateTable table;
    private Map<String, Action> catalog;
    private NextBestActionDecider decider;
    private NextBestActionDecider learningDecider;
    private ArbitrationPolicies arbitrationPolicies;
    private List<CustomerContext> contexts;
    private static final Instant NOON = Instant.parse("2026-11-23T11:00:00Z");

    private ZonedDateTime now;
    private Random random;

    @Setup
    public void loadTableCatalogAndCustomers() throws IOException {
        DmnEngine dmnEngine = DeployedCandidateTable.fastDmnEngine();
        try (InputStream model = Files.newInputStream(Path.of("dmn/next-best-action-candidates.dmn"))) {
            table = new CandidateTable(dmnEngine, dmnEngine.parseDecision(CandidateTable.DECISION_KEY, model), "file", 1);
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).schemas("CVM").defaultSchema("CVM").load().migrate();
        catalog = new ActionCatalog(JdbcClient.create(dataSource), Clock.fixed(NOON, ZoneOffset.UTC)).byId();
        decider = new NextBestActionDecider(NbaPolicies.defaults(), ArbitrationCase.Vocabulary.CODES);
        PropensitySnapshot learned = learnedForEveryAction(new Random(11));
        NbaPolicies policies = NbaPolicies.defaults();
        learningDecider = new NextBestActionDecider(() -> policies, () -> learned, ArbitrationCase.Vocabulary.CODES);
        arbitrationPolicies = new ArbitrationPolicies(NbaPolicies.defaults());
        now = NOON.atZone(ZoneOffset.UTC);
        contexts = SyntheticContexts.generate(1000, 42, NOON);
        random = new Random(7);
    }

    @Benchmark
    public List<Candidate> candidateTableOnly() {
        CustomerContext context = contexts.get(random.nextInt(contexts.size()));
        return table.propose(NextBestActionDecider.facts(context, MOMENTS[random.nextInt(MOMENTS.length)],
                CHANNELS[random.nextInt(CHANNELS.length)], null, now), catalog);
    }

    /** Table and arbitration policies (the rules) without ranking: the difference to the whole decision is ranking's share. */
    @Benchmark
    public ArbitrationCase tableAndArbitration() {
        CustomerContext context = contexts.get(random.nextInt(contexts.size()));
        MomentType moment = MOMENTS[random.nextInt(MOMENTS.length)];
        Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
        List<Candidate> candidates = table.propose(NextBestActionDecider.facts(context, moment, channel, null, now), catalog);
        ArbitrationCase arbitration = new ArbitrationCase(context, moment, channel, NOON, ZoneOffset.UTC,
                ArbitrationCase.Vocabulary.CODES, candidates);
        arbitrationPolicies.arbitrate(arbitration);
        return arbitration;
    }

    /** Every action, segment and channel answered 0 to 500 times: each candidate gets a learned estimate and a draw. */
    private PropensitySnapshot learnedForEveryAction(Random answers) {
        Map<PropensitySnapshot.Cell, PropensitySnapshot.Counts> cells = new HashMap<>();
        for (String action : catalog.keySet()) {
            for (Segment segment : Segment.values()) {
                for (Channel channel : CHANNELS) {
                    int answered = answers.nextInt(501);
                    cells.put(new PropensitySnapshot.Cell(action, segment, channel), new PropensitySnapshot.Counts(answered,
                            answered == 0 ? 0 : answers.nextInt(answered + 1), 0.3));
                }
            }
        }
        return new PropensitySnapshot(1, 20, cells);
    }

    /** The whole decision ranking with learned propensities (a seeded Beta draw per candidate) instead of the table's. */
    @Benchmark
    public NextBestActionDecider.Decision wholeDecisionWithLearnedPropensities() {
        CustomerContext context = contexts.get(random.nextInt(contexts.size()));
        return learningDecider.decide(context, MOMENTS[random.nextInt(MOMENTS.length)], CHANNELS[random.nextInt(CHANNELS.length)],
                null, now, table, catalog);
    }

    @Benchmark
    public NextBestActionDecider.Decision wholeDecision() {
        CustomerContext context = contexts.get(random.nextInt(contexts.size()));
        return decider.decide(context, MOMENTS[random.nextInt(MOMENTS.length)], CHANNELS[random.nextInt(CHANNELS.length)],
                null, now, table, catalog);
    }
}
