package io.cvmjourneys.nba;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The pipeline as a journey step: {@code camunda:delegateExpression="${decideNextBestAction}"}.
 * Decides for the journey's customer, moment and channel, and leaves the answer in variables: the
 * best action of the step's own programs ({@code offerPrograms}) that an agent can present and the
 * customer answer, or none; mandatory notices beside it, never in its place.
 */
@Component("decideNextBestAction")
class DecideNextBestAction implements JavaDelegate {

    private final NextBestActionService service;
    private final MessageSource words;

    DecideNextBestAction(NextBestActionService service, MessageSource words) {
        this.service = service;
        this.words = words;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NextBestActions answer = service.decideInJourney(
                JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                MomentType.valueOf(JourneySteps.required(execution, JourneyStartVariables.MOMENT_TYPE)),
                Channel.valueOf(JourneySteps.required(execution, JourneyStartVariables.CHANNEL)),
                (String) execution.getVariable(NextBestActionVariables.JOURNEY_STEP), JourneySteps.journey(execution));
        Set<String> programs = Set.of(JourneySteps.required(execution, NextBestActionVariables.OFFER_PROGRAMS).split("\\s*,\\s*"));
        RankedAction best = answer.actions().stream()
                .filter(action -> action.kind() != ActionKind.MANDATORY && programs.contains(action.program()))
                .findFirst().orElse(null);
        String notices = answer.actions().stream().filter(action -> action.kind() == ActionKind.MANDATORY)
                .map(RankedAction::name).collect(Collectors.joining("; "));
        execution.setVariable(NextBestActionVariables.DECISION_ID, answer.decisionId());
        execution.setVariable(NextBestActionVariables.MANDATORY_NOTICES, notices.isEmpty() ? null : notices);
        execution.setVariable(NextBestActionVariables.NO_OFFER_REASON, best != null ? null
                : "No offer of " + programs.stream().sorted().map(this::programName).collect(Collectors.joining(" or "))
                + " fits this customer now; \u201cNot offered\u201d beside the form says why.");
        execution.setVariable(NextBestActionVariables.BEST_ACTION, best == null ? null : best.actionId());
        execution.setVariable(NextBestActionVariables.BEST_ACTION_NAME, best == null ? null : best.name());
        execution.setVariable(NextBestActionVariables.ACTIONS,
                answer.actions().stream().map(RankedAction::actionId).collect(Collectors.joining(",")));
    }

    /** The program as agents read it everywhere (messages.properties); its id while it has no words. */
    private String programName(String program) {
        return words.getMessage("program." + program, null, program, Locale.ENGLISH);
    }
}
