package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Outside the demo profile (no demo users, no camunda.bpm.admin-user): every team's group and
 * rights exist, and no demo user does.
 */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
class RoleSetupTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    RoleSetup roleSetup;

    @Test
    void everyTeamHasItsGroupButNoDemoUserExists() {
        assertThat(identityService.createGroupQuery().list()).extracting("id")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::groupId).toList());
        assertThat(identityService.createUserQuery().count()).isZero();
        assertThat(filterService.createFilterQuery().filterName(RoleSetup.WORK_FILTER_NAME).count()).isEqualTo(1);
    }

    @Test
    void administratorsMayDoEverythingOnEveryResource() {
        List<Authorization> grants = authorizationService.createAuthorizationQuery()
                .groupIdIn(Role.CAMUNDA_ADMIN.groupId()).resourceId(Authorization.ANY).list();

        assertThat(grants).isNotEmpty().allMatch(Authorization::isEveryPermissionGranted);
        assertThat(grants).extracting(Authorization::getResourceType)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Resources.values()).map(Resources::resourceType).toList());
    }

    /** A database set up when managers had every right on process definitions: the set-up takes back task work. */
    @Test
    void managersLoseTheRightToWorkOtherTeamsTasksOnADatabaseThatGaveIt() {
        Authorization managers = authorizationService.createAuthorizationQuery().groupIdIn(Role.CVM_MANAGER.groupId())
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).singleResult();
        managers.addPermission(Permissions.ALL);
        authorizationService.saveAuthorization(managers);

        roleSetup.run(new DefaultApplicationArguments());

        Authorization after = authorizationService.createAuthorizationQuery().groupIdIn(Role.CVM_MANAGER.groupId())
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).singleResult();
        assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.TASK_WORK)).isFalse();
        assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_TASK)).isFalse();
        assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.MIGRATE_INSTANCE)).as("still steers journeys").isTrue();
    }

    @Test
    void runningTheSetupAgainChangesNothing() {
        long authorizations = authorizationService.createAuthorizationQuery().count();

        roleSetup.run(new DefaultApplicationArguments());

        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(1);
    }
}
