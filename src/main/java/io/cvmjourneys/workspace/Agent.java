package io.cvmjourneys.workspace;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.security.Role;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in person and their teams (Camunda groups). Store agents serve customers in the
 * store; everyone else talks to customers as the call center does.
 */
record Agent(String userId, List<String> groups) {

    Agent {
        groups = List.copyOf(groups);
    }

    static Agent of(Authentication authentication) {
        return new Agent(authentication.getName(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public Channel channel() {
        return isIn(Role.STORE.groupId()) && !isIn(Role.CALL_CENTER.groupId()) ? Channel.STORE : Channel.CALL_CENTER;
    }

    /** The moment an agent's conversation with the customer is, for the next-best-action decision. */
    public MomentType conversation() {
        return channel() == Channel.STORE ? MomentType.STORE_VISIT : MomentType.CALL_CENTER_CONTACT;
    }
}
