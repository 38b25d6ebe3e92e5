package io.cvmjourneys.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service, so users and groups live in one place:
 * what Camunda Admin creates is what Spring Security accepts. Authorities are the group ids. A sign-in
 * repeated with the same password within a short while is taken from {@link RecentSignIns}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final RecentSignIns recentSignIns;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, RecentSignIns recentSignIns) {
        this.identityService = identityService;
        this.recentSignIns = recentSignIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        String password = credentials.toString();
        List<GrantedAuthority> groups = recentSignIns.groupsOf(userId, password).orElseGet(() -> {
            if (!identityService.checkPassword(userId, password)) {
                recentSignIns.refused(userId);
                throw new BadCredentialsException("Unknown user or wrong password");
            }
            List<GrantedAuthority> checked = identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId)
                    .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                    .toList();
            recentSignIns.signedIn(userId, password, checked);
            return checked;
        });
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
