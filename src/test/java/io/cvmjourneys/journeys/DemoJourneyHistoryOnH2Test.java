package io.cvmjourneys.journeys;

class DemoJourneyHistoryOnH2Test extends DemoJourneyHistoryTest {
}
