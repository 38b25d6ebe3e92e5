package io.cvmjourneys.engine;

import static io.cvmjourneys.engine.CommandFields.read;
import static io.cvmjourneys.engine.CommandFields.readable;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Every start of a process instance — by key or id, at its start event or at chosen activities, or
 * by its start form — checked against the {@link JourneyStartRules} inside the command, before the
 * instance exists: a refusal leaves nothing behind.
 */
final class JourneyStartChecks extends CommandInterceptor {

    private static final Field STARTED = readable(StartProcessInstanceCmd.class, "instantiationBuilder");
    private static final Field STARTED_AT_ACTIVITIES = readable(StartProcessInstanceAtActivitiesCmd.class,
            "instantiationBuilder");
    private static final Field FORM_DEFINITION = readable(SubmitStartFormCmd.class, "processDefinitionId");
    private static final Field FORM_VARIABLES = readable(SubmitStartFormCmd.class, "variables");

    private final ObjectProvider<JourneyStartRules> rules;

    JourneyStartChecks(ObjectProvider<JourneyStartRules> rules) {
        this.rules = rules;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof StartProcessInstanceCmd) {
            check(read(STARTED, command));
        } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            check(read(STARTED_AT_ACTIVITIES, command));
        } else if (command instanceof SubmitStartFormCmd) {
            check(read(FORM_DEFINITION, command), null, read(FORM_VARIABLES, command));
        }
        return next.execute(command);
    }

    private void check(ProcessInstantiationBuilderImpl start) {
        check(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getVariables());
    }

    private void check(String definitionId, String definitionKey, Map<String, ?> variables) {
        String key = definitionKey != null ? definitionKey : keyOf(definitionId);
        if (key != null) {
            rules.orderedStream().forEach(rule -> rule.check(key, variables == null ? Map.of() : variables));
        }
    }

    /** The definition's key; none for an id that names no definition, which the command itself then refuses. */
    private static String keyOf(String definitionId) {
        ProcessDefinitionEntity definition = definitionId == null ? null
                : Context.getCommandContext().getProcessDefinitionManager().findLatestDefinitionById(definitionId);
        return definition == null ? null : definition.getKey();
    }
}
