package io.cvmjourneys.security;

/** The access-control suite on the embedded default database (H2, in memory for tests). */
class AccessControlOnH2Test extends AccessControlTest {
}
