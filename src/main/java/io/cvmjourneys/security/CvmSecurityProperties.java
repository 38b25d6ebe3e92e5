package io.cvmjourneys.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param knownDefaultPasswords values refused for any configured password outside the demo profile */
@ConfigurationProperties("cvm.security")
record CvmSecurityProperties(@DefaultValue({"demo", "admin", "password", "camunda", "changeme"}) List<String> knownDefaultPasswords) {
}
