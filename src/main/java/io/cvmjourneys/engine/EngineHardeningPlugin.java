package io.cvmjourneys.engine;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Engine settings that keep deployed models and decision tables from running arbitrary code or
 * reaching what is not there (a bean or a form), and that add the application's task listeners ({@link OnEveryUserTask}, {@link TaskFormRules}) to
 * every user task. The flags that are plain properties (Java serialization off, no expressions in
 * queries, no XXE) live in application.yaml.
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;
    private final DelegateBeans delegates;

    EngineHardeningPlugin(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
        this.delegates = new DelegateBeans(applicationContext);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SpringExpressionManager(applicationContext, delegates));
        // a BPMN error no step catches fails the command instead of quietly ending the journey
        configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
        configuration.setCustomPreBPMNParseListeners(EngineExtensionLists.withAdded(
                configuration.getCustomPreBPMNParseListeners(),
                new ExecutableModelPolicy(delegates::containsKey),
                new FormReferencePolicy(),
                new UserTaskListeners(applicationContext.getBeanProvider(OnEveryUserTask.class),
                        applicationContext.getBeanProvider(TaskFormRules.class))));
        configuration.setCustomPreCommandInterceptorsTxRequired(EngineExtensionLists.withAdded(
                configuration.getCustomPreCommandInterceptorsTxRequired(),
                new TaskCommands(EngineRestAnswers::stillOpen)));
        configuration.setCustomPostCommandInterceptorsTxRequired(EngineExtensionLists.withAdded(
                configuration.getCustomPostCommandInterceptorsTxRequired(),
                new TaskChangesBesideTheForm(applicationContext.getBeanProvider(TaskFormRules.class)),
                new JourneyStartChecks(applicationContext.getBeanProvider(JourneyStartRules.class))));
    }

    /** Decision tables are checked as the engine turns them into decisions: its DMN engine exists by now. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        dmn.getTransformer().getTransformListeners().add(
                new DecisionTableExpressionPolicy(delegates::containsKey, dmn));
    }
}
