package io.cvmjourneys.security;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:access-control;DB_CLOSE_DELAY=-1")
class AccessControlOnH2Test extends AccessControlTest {
}
