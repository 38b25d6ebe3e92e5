package io.cvmjourneys.changes;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.CandidateTableReplay;
import io.cvmjourneys.nba.ReplayReport;
import io.cvmjourneys.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A new version of a deployed decision table. The evidence of the candidate table is the replay of
 * the last days' logged decisions against it (what changes, on which channels, how much a day); of
 * another table, its rules against the live version's. Going live deploys it: new decisions use it.
 */
@Component
class DecisionTableChanges implements ChangeSubject {

    /** Days of logged decisions the candidate table's evidence replays. */
    static final int REPLAY_DAYS = 30;
    private static final int MAX_MODEL = 1_000_000;
    private static final int ACTIONS_SHOWN = 8;

    private final RepositoryService repository;
    private final CandidateTableReplay replay;
    /** The engine's own, with its policies on what a table may say: what it refuses at go-live is refused now. */
    private final ProcessEngineConfigurationImpl engine;

    DecisionTableChanges(RepositoryService repository, CandidateTableReplay replay, ProcessEngine engine) {
        this.repository = repository;
        this.replay = replay;
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Override
    public Set<ChangeKind> kinds() {
        return Set.of(ChangeKind.DECISION_TABLE);
    }

    @Override
    public String summary(ModelChanges.Proposal proposal) {
        return "New version of the decision table \u201c" + live(proposal.subject()).getName() + "\u201d";
    }

    @Override
    public String check(ModelChanges.Proposal proposal) {
        String subject = proposal.subject();
        String model = proposal.model();
        DecisionDefinition live = live(subject);
        if (model == null || model.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Upload the new version's .dmn file, as Camunda Modeler saves it", "file");
        }
        if (model.strip().equals(file(live).strip())) {
            throw new ApiException(HttpStatus.CONFLICT, "The file is the live version " + live.getVersion() + " of \u201c"
                    + live.getName() + "\u201d: nothing would change", "file");
        }
        if (model.length() > MAX_MODEL) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "A decision table's file has at most " + MAX_MODEL
                    + " characters", "file");
        }
        try {
            if (!(parse(model).getModelElementById(subject) instanceof Decision)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "The file holds no decision '" + subject
                        + "': a new version keeps its decision's id", "file");
            }
            // inside a command, as at a deployment: the engine's parsing reads its configuration from there
            engine.getCommandExecutorTxRequired().execute(context -> engine.getDmnEngine().parseDecision(subject, stream(model)));
            return model;
        } catch (RuntimeException unreadable) {
            if (unreadable instanceof ApiException refusal) {
                throw refusal;
            }
            throw new ApiException(HttpStatus.BAD_REQUEST, "The file cannot be read as a decision table: "
                    + unreadable.getMessage() + ". Open it in Camunda Modeler, fix it, save it and upload it again.", "file");
        }
    }

    @Override
    public Evidence evidence(ModelChange change, String model) {
        if (!change.subject().equals(CandidateTableReplay.DECISION_KEY)) {
            return new Evidence("Rules: " + rules(liveModel(change.subject()), change.subject()) + " in the live version "
                    + live(change.subject()).getVersion() + ", " + rules(parse(model), change.subject())
                    + " in the new one. The replay of logged decisions covers the candidate table only: compare the"
                    + " versions in Camunda Modeler.");
        }
        ReplayReport report;
        try {
            report = replay.replay(model.getBytes(StandardCharsets.UTF_8), REPLAY_DAYS);
        } catch (ApiException cannotReplay) {
            return new Evidence("The replay could not run: " + cannotReplay.getMessage());
        }
        List<String> lines = new ArrayList<>();
        lines.add("Replayed " + report.decisions() + " decisions of the last " + report.days() + " days against live version "
                + report.liveVersion() + ": the first action changes in " + report.changedTopAction() + ", the actions"
                + " offered in " + report.changedChoice() + ".");
        report.perAction().stream().filter(shift -> shift.difference() != 0 || shift.liveTop() != shift.candidateTop())
                .sorted(Comparator.comparingInt((ReplayReport.ActionShift shift) -> -Math.abs(shift.difference())))
                .limit(ACTIONS_SHOWN)
                .forEach(shift -> lines.add(shift.name() + ": offered " + shift.live() + " → " + shift.candidate() + " times ("
                        + signed(shift.difference()) + "), first " + shift.liveTop() + " → " + shift.candidateTop()));
        Map<Channel, String> figures = new TreeMap<>();
        report.perChannel().forEach(shift -> figures.put(shift.channel(), "Offers on this channel a day: "
                + perDay(shift.live(), report.days()) + " now → " + perDay(shift.candidate(), report.days())
                + " with the new version (" + signed(shift.difference()) + " in " + report.days()
                + " days of logged decisions)."));
        Map<Channel, String> touched = new TreeMap<>(figures);
        report.perChannel().stream().filter(shift -> shift.difference() == 0).forEach(shift -> touched.remove(shift.channel()));
        return new Evidence(String.join("\n", lines), touched, figures);
    }

    @Override
    public Applied apply(ModelChange change, String model, String note) {
        // the deployment's own answer: inside the journey's step it is not yet in the database to be queried
        DecisionDefinition deployed = repository.createDeployment().name("model-change-" + change.id())
                .source("change journey").addString(change.modelFile() == null ? change.subject() + ".dmn"
                        : change.modelFile(), model).deployWithResult().getDeployedDecisionDefinitions().stream()
                .filter(definition -> definition.getKey().equals(change.subject())).findFirst().orElseThrow();
        return new Applied(true, "Deployed as version " + deployed.getVersion() + " of " + deployed.getName() + ". " + note);
    }

    private DecisionDefinition live(String key) {
        DecisionDefinition live = key == null ? null
                : repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
        if (live == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No decision table '" + key + "' is deployed: a change gives a"
                    + " deployed table a new version", "subject");
        }
        return live;
    }

    /** The live version's file, as deployed: what a new version starts from. */
    String liveFile(String key) {
        return file(live(key));
    }

    private String file(DecisionDefinition definition) {
        try (InputStream resource = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return new String(resource.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DmnModelInstance liveModel(String key) {
        return repository.getDmnModelInstance(live(key).getId());
    }

    private static long rules(DmnModelInstance model, String decision) {
        Decision found = model.getModelElementById(decision);
        return found == null ? 0 : found.getChildElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)
                .stream().mapToLong(table -> table.getChildElementsByType(Rule.class).size()).sum();
    }

    private static DmnModelInstance parse(String model) {
        return Dmn.readModelFromStream(stream(model));
    }

    private static ByteArrayInputStream stream(String model) {
        return new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8));
    }

    private static String perDay(int count, int days) {
        return String.valueOf(Math.round((double) count / days));
    }

    static String signed(long number) {
        return (number > 0 ? "+" : "") + number;
    }
}
