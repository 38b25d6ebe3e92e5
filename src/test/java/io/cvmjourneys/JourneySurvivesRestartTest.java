package io.cvmjourneys;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.journeys.cancellation.CancellationVariables;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default (H2 file, demo profile) keeps journeys: a restart loses nothing and redeploys nothing. */
class JourneySurvivesRestartTest {

    private static final String CUSTOMER = "CUST-004200";

    @TempDir
    Path dataDirectory;

    @Test
    void runningJourneyAndItsOpenTaskSurviveARestart() {
        String processInstanceId;
        long deployments;
        try (ConfigurableApplicationContext firstRun = start()) {
            processInstanceId = firstRun.getBean(RuntimeService.class)
                    .startProcessInstanceByKey(CancellationVariables.PROCESS_ID, CUSTOMER, Map.of(
                            JourneyStartVariables.CUSTOMER_ID, CUSTOMER, JourneyStartVariables.CHANNEL, "STORE",
                            JourneyStartVariables.MOMENT_TYPE, "CANCELLATION_REQUEST", CancellationVariables.REASON, "PRICE"))
                    .getId();
            deployments = firstRun.getBean(RepositoryService.class).createDeploymentQuery().count();
        }

        try (ConfigurableApplicationContext secondRun = start()) {
            RepositoryService repositoryService = secondRun.getBean(RepositoryService.class);
            assertThat(repositoryService.createDeploymentQuery().count()).as("unchanged models are not redeployed")
                    .isEqualTo(deployments);
            assertThat(repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(CancellationVariables.PROCESS_ID).latestVersion().singleResult().getVersion())
                    .isEqualTo(1);

            TaskService taskService = secondRun.getBean(TaskService.class);
            Task openTask = taskService.createTaskQuery().processInstanceBusinessKey(CUSTOMER).singleResult();
            assertThat(openTask.getProcessInstanceId()).isEqualTo(processInstanceId);
            assertThat(openTask.getTaskDefinitionKey()).isEqualTo("Task_PresentRetentionOffer");

            taskService.complete(openTask.getId(), Map.of(CancellationVariables.OFFER_RESPONSE, "ACCEPTED",
                    CancellationVariables.DISCOUNT_PERCENT, 0L));
            assertThat(secondRun.getBean(RuntimeService.class).getActiveActivityIds(processInstanceId))
                    .as("the retained customer's journey goes on to the survey a week later")
                    .containsExactly("Event_AWeekLater");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CvmJourneysApplication.class)
                .profiles("demo", "test")
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("cvm-journeys") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
}
