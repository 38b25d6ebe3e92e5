package io.cvmjourneys.security;

import java.util.Arrays;
import java.util.Optional;

/** The teams that use the product. Each role is a Camunda group with the same id. */
public enum Role {
    CVM_MANAGER("cvm-managers", "CVM managers"),
    CALL_CENTER("call-center", "Call-center agents"),
    STORE("store", "Store agents"),
    CX_TEAM("cx-team", "CX team"),
    CHANNEL_TEAM("channel-team", "Channel team"),
    ANALYTICS_TEAM("analytics-team", "Analytics team"),
    CAMUNDA_ADMIN("camunda-admin", "Camunda administrators");

    private final String groupId;
    private final String groupName;

    Role(String groupId, String groupName) {
        this.groupId = groupId;
        this.groupName = groupName;
    }

    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
    }
}
