package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A completion that loses a race — inside the engine (optimistic locking), or in the next step's own
 * records (a unique reference another completion wrote first) — is a message for the agent, not a
 * stack trace.
 */
class AgentTasksTest {

    static List<RuntimeException> lostRaces() {
        return List.of(new OptimisticLockingException("ACT_RU_TASK was updated by another transaction concurrently"),
                new DuplicateKeyException("duplicate key value violates unique constraint \"account_change_pkey\""));
    }

    @ParameterizedTest
    @MethodSource("lostRaces")
    void aConcurrentChangeWhileCompletingSaysSoAndRunsAsTheAgent(RuntimeException lostRace) {
        TaskService taskService = mock(TaskService.class);
        IdentityService identityService = mock(IdentityService.class);
        TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
        Task task = mock(Task.class);
        when(taskService.createTaskQuery()).thenReturn(query);
        when(query.singleResult()).thenReturn(task);
        when(task.getAssignee()).thenReturn("agent");
        doThrow(lostRace).when(taskService).complete(anyString(), any());
        AgentTasks tasks = new AgentTasks(taskService, mock(FormService.class), identityService, mock(RuntimeService.class),
                mock(RepositoryService.class), new TransactionTemplate(mock(PlatformTransactionManager.class)), new ObjectMapper(),
                Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC));

        assertThatThrownBy(() -> tasks.complete(new Agent("agent", List.of("call-center")), "task-1", Map.of("offerResponse", "ACCEPTED")))
                .isInstanceOf(TaskUnavailable.class)
                .hasMessageStartingWith("Someone changed this task at the same moment");
        verify(identityService).setAuthentication("agent", List.of("call-center"));
        verify(identityService).clearAuthentication();
    }
}
