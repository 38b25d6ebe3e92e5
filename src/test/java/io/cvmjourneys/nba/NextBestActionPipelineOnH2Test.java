package io.cvmjourneys.nba;

class NextBestActionPipelineOnH2Test extends NextBestActionPipelineTest {
}
