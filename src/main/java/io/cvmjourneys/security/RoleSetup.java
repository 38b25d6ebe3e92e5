package io.cvmjourneys.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure every team's group, its authorizations and the Tasklist's work filter exist, in every
 * profile. Idempotent: it only adds what is missing, so a restart or a second node changes nothing.
 */
@Component
@Order(0)
class RoleSetup implements ApplicationRunner {

    static final String WORK_FILTER_NAME = "My work";
    private static final Logger log = LoggerFactory.getLogger(RoleSetup.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    RoleSetup(IdentityService identityService, AuthorizationService authorizationService,
              FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            createGroupIfMissing(role);
        }
        RoleAuthorizations.grants().forEach(this::grant);
        RoleAuthorizations.withheld().forEach(this::withhold);
        createWorkFilterIfMissing();
    }

    private void createGroupIfMissing(Role role) {
        if (identityService.createGroupQuery().groupId(role.groupId()).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(role.groupId());
        group.setName(role.groupName());
        group.setType(role == Role.CAMUNDA_ADMIN ? "SYSTEM" : "WORKFLOW");
        identityService.saveGroup(group);
        log.info("Created group {}", role.groupId());
    }

    private void grant(RoleAuthorizations.Grant grant) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(grant.role().groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .list().stream()
                .filter(existing -> existing.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .findFirst()
                .orElseGet(() -> newGrant(grant));
        boolean missing = false;
        for (var permission : grant.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (missing) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void withhold(RoleAuthorizations.Grant withheld) {
        for (Authorization authorization : authorizationService.createAuthorizationQuery()
                .groupIdIn(withheld.role().groupId())
                .resourceType(withheld.resource())
                .resourceId(withheld.resourceId())
                .list()) {
            if (authorization.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT) {
                continue;
            }
            boolean granted = false;
            for (var permission : withheld.permissions()) {
                if (authorization.isPermissionGranted(permission)) {
                    authorization.removePermission(permission);
                    granted = true;
                }
            }
            if (granted) {
                authorizationService.saveAuthorization(authorization);
                log.info("Withdrew {} on {} from group {}", List.of(withheld.permissions()), withheld.resource(),
                        withheld.role().groupId());
            }
        }
    }

    private Authorization newGrant(RoleAuthorizations.Grant grant) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.role().groupId());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        return authorization;
    }

    /** With authorizations on, an empty task query shows exactly the tasks the user may see. */
    private void createWorkFilterIfMissing() {
        if (filterService.createFilterQuery().filterName(WORK_FILTER_NAME).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(WORK_FILTER_NAME);
        filter.setOwner(null);
        filter.setQuery(taskService.createTaskQuery().orderByDueDate().asc());
        filter.setProperties(Map.of(
                "description", "Tasks of my teams and tasks assigned to me",
                "priority", -10,
                "refresh", true));
        filterService.saveFilter(filter);
    }
}
