package io.cvmjourneys.moments;

class MomentIntakeOnH2Test extends MomentIntakeTest {
}
