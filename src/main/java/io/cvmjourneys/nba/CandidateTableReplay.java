package io.cvmjourneys.nba;

import io.cvmjourneys.nba.arbitration.ArbitrationCase;
import io.cvmjourneys.web.ApiException;
import io.cvmjourneys.web.Labels;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Replays the decisions logged in the last days against the live candidate table and against a
 * candidate version a CVM manager has not deployed yet. Both sides re-evaluate the table and the
 * ranking with today's catalog and levers; the suppressions arbitration recorded for each decision
 * are re-applied per action. Nothing is deployed and nothing is written.
 */
@Service
public class CandidateTableReplay {

    private static final Pattern XML_LINE = Pattern.compile("Line=(\\d+): (.+?)\\.*$");

    public static final String DECISION_KEY = CandidateTable.DECISION_KEY;
    public static final int MAX_DAYS = 90;

    private final DeployedCandidateTable deployed;
    private final DecisionLog decisionLog;
    private final ActionCatalog catalog;
    private final NextBestActionDecider decider;
    private final Levers levers;
    private final Clock clock;

    CandidateTableReplay(DeployedCandidateTable deployed, DecisionLog decisionLog, ActionCatalog catalog,
                         Levers levers, LearnedPropensities learned, Clock clock, Labels labels) {
        this.deployed = deployed;
        this.decisionLog = decisionLog;
        this.catalog = catalog;
        this.levers = levers;
        this.decider = new NextBestActionDecider(levers::policies, learned::inForce,
                ArbitrationCase.Vocabulary.of(labels::of, labels::day));
        this.clock = clock;
    }

    /** @param candidateModel the .dmn file as Camunda Modeler saves it, holding decision nextBestActionCandidates */
    public ReplayReport replay(byte[] candidateModel, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "days must be between 1 and " + MAX_DAYS + ", not " + days, "days");
        }
        CandidateTable candidate = parse(candidateModel);
        CandidateTable live = deployed.current();
        Map<String, Action> actions = catalog.byId();
        Instant until = clock.instant();
        Instant since = until.minus(Duration.ofDays(days));
        ReplayTally tally = new ReplayTally(actions);
        decisionLog.forEachSince(since, logged -> tally.add(logged,
                choose(live, logged, actions, "live"), choose(candidate, logged, actions, "candidate")));
        return tally.report(days, since, until, live.version());
    }

    private CandidateTable parse(byte[] model) {
        if (model == null || model.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Upload the candidate table's .dmn file", "file");
        }
        try {
            return deployed.parseUndeployed(new ByteArrayInputStream(model));
        } catch (DmnEngineException | ModelException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The candidate table cannot be read: " + whereItBreaks(e)
                    + " Open it in Camunda Modeler, fix it, save it and upload it again.", "file");
        }
    }

    private ReplayTally.Choice choose(CandidateTable table, DecisionLog.LoggedInputs logged, Map<String, Action> actions,
                                      String side) {
        List<Candidate> proposed;
        try {
            proposed = table.propose(Variables.fromMap(logged.tableInputs()), actions);
        } catch (RuntimeException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The " + side + " table cannot decide logged decision "
                    + logged.id() + " (inputs " + logged.tableInputs() + "): " + messages(e), "file");
        }
        List<Candidate> standing = proposed.stream().filter(c -> !logged.suppressed().contains(c.actionId())).toList();
        Set<String> notArbitrated = new HashSet<>();
        standing.stream().map(Candidate::actionId).filter(id -> !logged.arbitrated().contains(id)).forEach(notArbitrated::add);
        List<String> chosen = decider.rank(standing, Map.of(), levers.policies(),
                decider.propensityFor(logged, clock.getZone())).stream().map(RankedAction::actionId).toList();
        return new ReplayTally.Choice(chosen, chosen.stream().filter(notArbitrated::contains).toList());
    }

    /** Where an unreadable file breaks, as a manager can find it: the line of a broken XML file, else the parser's words. */
    private static String whereItBreaks(Throwable failure) {
        String said = messages(failure);
        // the XML parser's report travels inside the model API's message: "... Line=2: <what is wrong>."
        Matcher xml = XML_LINE.matcher(said);
        return xml.find() ? "the file is not a complete, valid DMN file (line " + xml.group(1) + ": " + xml.group(2) + ")."
                : said + ".";
    }

    /** The parser's own words, down to the root cause (which names the line or element at fault). */
    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != failure; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
            failure = cause;
        }
        return text.toString();
    }
}
