package io.cvmjourneys.security;

import static io.cvmjourneys.security.Role.ANALYTICS_TEAM;
import static io.cvmjourneys.security.Role.CALL_CENTER;
import static io.cvmjourneys.security.Role.CAMUNDA_ADMIN;
import static io.cvmjourneys.security.Role.CHANNEL_TEAM;
import static io.cvmjourneys.security.Role.CVM_MANAGER;
import static io.cvmjourneys.security.Role.CX_TEAM;
import static io.cvmjourneys.security.Role.STORE;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may change what, beyond the engine's own task and deployment authorizations: the one place
 * the README's role table is enforced. Controllers ask it in {@code @PreAuthorize} and pages ask it
 * before they show a button, so a read-only role (the analytics team) sees no button it may not use
 * and is refused if it sends the request anyway.
 */
@Component("permissions")
public class Permissions {

    /** A state-changing action, or a read of what only some teams may see, and the teams that may. */
    public enum Action {
        /** Record a customer's answer to an offer: the people and channels that talk to customers. */
        RECORD_ANSWERS(CALL_CENTER, STORE, CHANNEL_TEAM, CVM_MANAGER, CAMUNDA_ADMIN),
        /** Hand a moment of truth to the intake, which starts or answers a journey. */
        RAISE_MOMENTS(CALL_CENTER, STORE, CX_TEAM, CHANNEL_TEAM, CVM_MANAGER, CAMUNDA_ADMIN),
        /** Report what the network sees (device sightings): the channel team runs the feeds. */
        REPORT_NETWORK_DATA(CHANNEL_TEAM, CVM_MANAGER, CAMUNDA_ADMIN),
        /** Report what customers did that the loyalty program rewards (a top-up, a paid bill): the channel team runs the feeds. */
        REPORT_CUSTOMER_ACTIVITY(CHANNEL_TEAM, CVM_MANAGER, CAMUNDA_ADMIN),
        /** Spend a member's points on a reward: the store, the call center and the app (the channel team's). */
        REDEEM_POINTS(CALL_CENTER, STORE, CHANNEL_TEAM, CVM_MANAGER, CAMUNDA_ADMIN),
        /** Pause an action of the catalog, or resume it: the CVM managers' kill switch. */
        PAUSE_ACTIONS(CVM_MANAGER, CAMUNDA_ADMIN),
        /** Change the levers (program weights, holdout shares, contact caps, quiet hours) at run time. */
        CHANGE_LEVERS(CVM_MANAGER, CAMUNDA_ADMIN),
        /** Define a program, change its definition and targets, move it from draft to live and on: the CVM managers'. */
        DEFINE_PROGRAMS(CVM_MANAGER, CAMUNDA_ADMIN),
        /** Ask for a learning of the propensities out of the nightly schedule: the analytics team's, and the managers'. */
        LEARN_PROPENSITIES(ANALYTICS_TEAM, CVM_MANAGER, CAMUNDA_ADMIN),
        /** Propose a change to a decision table or a program's launch or stop, and override its approvals: the CVM managers'. */
        PROPOSE_CHANGES(CVM_MANAGER, CAMUNDA_ADMIN),
        /** Follow the changes under way and what each team decided: the teams that review and approve them. */
        FOLLOW_CHANGES(CVM_MANAGER, ANALYTICS_TEAM, CHANNEL_TEAM, CAMUNDA_ADMIN),
        /** Prepare a one-off campaign, approve another manager's launch, stop one: the CVM managers'. */
        RUN_CAMPAIGNS(CVM_MANAGER, CAMUNDA_ADMIN),
        /** See the messages the channel gateways refused after every retry (they name customers). */
        WATCH_DELIVERIES(CHANNEL_TEAM, CVM_MANAGER, CAMUNDA_ADMIN),
        /** Send a dead letter again once its gateway works: the channel team runs the gateways. */
        RESEND_MESSAGES(CHANNEL_TEAM, CAMUNDA_ADMIN),
        /** Report a sent message that bounced or that its customer opted out from: the channel team's gateways. */
        REPORT_DELIVERIES(CHANNEL_TEAM, CAMUNDA_ADMIN);

        private final Set<Role> roles;

        Action(Role first, Role... others) {
            this.roles = EnumSet.of(first, others);
        }

    }

    /** @param action the name of an {@link Action}, as {@code @PreAuthorize} and templates write it */
    public boolean allows(Authentication authentication, String action) {
        Set<Role> allowed = Action.valueOf(action).roles;
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(group -> Role.ofGroup(group).filter(allowed::contains).isPresent());
    }
}
