package io.cvmjourneys.security;

import io.cvmjourneys.engine.EngineExtensionLists;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A user saved (a new password), deleted or unlocked, a group saved or deleted, a membership added or
 * removed — in Camunda Admin or through the identity service — and every {@link RecentSignIns} is
 * forgotten once the change is done, so the next request is checked against it.
 */
@Component
class IdentityChangesForgetSignIns extends AbstractProcessEnginePlugin {

    private static final Set<Class<?>> IDENTITY_CHANGES = Set.of(SaveUserCmd.class, DeleteUserCmd.class,
            UnlockUserCmd.class, SaveGroupCmd.class, DeleteGroupCmd.class, CreateMembershipCmd.class,
            DeleteMembershipCmd.class);

    private final RecentSignIns signIns;

    IdentityChangesForgetSignIns(RecentSignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandInterceptor forgetAfterIdentityChanges = new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (IDENTITY_CHANGES.contains(command.getClass())) {
                    // after the commit: a sign-in checked meanwhile read the old identity and is forgotten too
                    Context.getCommandContext().getTransactionContext()
                            .addTransactionListener(TransactionState.COMMITTED, committed -> signIns.forgetAll());
                }
                return next.execute(command);
            }
        };
        configuration.setCustomPostCommandInterceptorsTxRequired(EngineExtensionLists.withAdded(
                configuration.getCustomPostCommandInterceptorsTxRequired(), forgetAfterIdentityChanges));
    }
}
