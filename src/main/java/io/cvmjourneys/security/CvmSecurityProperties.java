package io.cvmjourneys.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param knownDefaultPasswords values refused for any configured password outside the demo profile
 * @param signInReuse           how long a user's successful sign-in with a password is taken as read for the
 *                              same password (HTTP Basic sends it with every request); 0 checks every time
 */
@ConfigurationProperties("cvm.security")
record CvmSecurityProperties(@DefaultValue({"demo", "admin", "password", "camunda", "changeme"}) List<String> knownDefaultPasswords,
                             @DefaultValue("60s") Duration signInReuse) {
}
