package io.cvmjourneys.nba;

class LeversOnH2Test extends LeversTest {
}
