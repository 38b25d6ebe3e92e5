package io.cvmjourneys.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each team may do in the engine, beyond the tasks it is a candidate for (the engine grants
 * those itself). camunda-admin gets every permission on every resource: the engine's admin groups
 * only unlock its admin-only operations (history clean-up, telemetry and the like), every query and
 * command is still checked against these rows, so without them an administrator sees nothing.
 */
final class RoleAuthorizations {

    record Grant(Role role, Resource resource, String resourceId, Permission... permissions) {
    }

    private static final String ANY = "*";
    private static final List<Role> AGENT_TEAMS =
            List.of(Role.CALL_CENTER, Role.STORE, Role.CX_TEAM, Role.CHANNEL_TEAM, Role.ANALYTICS_TEAM);

    static List<Grant> grants() {
        List<Grant> grants = new java.util.ArrayList<>();
        for (Role team : AGENT_TEAMS) {
            grants.add(new Grant(team, APPLICATION, "tasklist", ACCESS));
            grants.add(new Grant(team, FILTER, ANY, READ));
            grants.add(new Grant(team, PROCESS_DEFINITION, ANY, READ));
        }
        // Analysts review results: read-only Cockpit over every journey and decision.
        grants.add(new Grant(Role.ANALYTICS_TEAM, APPLICATION, "cockpit", ACCESS));
        grants.add(new Grant(Role.ANALYTICS_TEAM, PROCESS_DEFINITION, ANY, READ, READ_HISTORY, READ_INSTANCE));
        grants.add(new Grant(Role.ANALYTICS_TEAM, PROCESS_INSTANCE, ANY, READ));
        grants.add(new Grant(Role.ANALYTICS_TEAM, DECISION_DEFINITION, ANY, READ, READ_HISTORY));
        grants.add(new Grant(Role.ANALYTICS_TEAM, DEPLOYMENT, ANY, READ));
        // CVM managers own the models: they deploy, watch and steer every journey.
        grants.add(new Grant(Role.CVM_MANAGER, APPLICATION, "tasklist", ACCESS));
        grants.add(new Grant(Role.CVM_MANAGER, APPLICATION, "cockpit", ACCESS));
        grants.add(new Grant(Role.CVM_MANAGER, FILTER, ANY, READ));
        grants.add(new Grant(Role.CVM_MANAGER, DEPLOYMENT, ANY, ALL));
        grants.add(new Grant(Role.CVM_MANAGER, PROCESS_DEFINITION, ANY, steeringWithoutTaskWork()));
        grants.add(new Grant(Role.CVM_MANAGER, PROCESS_INSTANCE, ANY, ALL));
        grants.add(new Grant(Role.CVM_MANAGER, DECISION_DEFINITION, ANY, ALL));
        grants.add(new Grant(Role.CVM_MANAGER, DECISION_REQUIREMENTS_DEFINITION, ANY, ALL));
        grants.add(new Grant(Role.CVM_MANAGER, TASK, ANY, READ));
        // As Camunda's own first-administrator setup does (webapp setup, camunda.bpm.admin-user).
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(Role.CAMUNDA_ADMIN, resource, ANY, ALL));
        }
        return List.copyOf(grants);
    }

    /**
     * Rights a grant above must not carry, removed at start-up from databases set up when it did:
     * managers steer journeys but do not work, assign or fill in other teams' tasks (README's role
     * table), and on a process definition these rights reach every one of its tasks.
     */
    static List<Grant> withheld() {
        return List.of(new Grant(Role.CVM_MANAGER, PROCESS_DEFINITION, ANY, MANAGERS_DO_NOT.toArray(Permission[]::new)));
    }

    private static final List<Permission> MANAGERS_DO_NOT = List.of(ProcessDefinitionPermissions.TASK_WORK,
            ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_ASSIGN,
            ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE);

    private static Permission[] steeringWithoutTaskWork() {
        return Arrays.stream(ProcessDefinitionPermissions.values())
                .filter(permission -> permission != ProcessDefinitionPermissions.NONE
                        && permission != ProcessDefinitionPermissions.ALL && !MANAGERS_DO_NOT.contains(permission))
                .toArray(Permission[]::new);
    }

    private RoleAuthorizations() {
    }
}
