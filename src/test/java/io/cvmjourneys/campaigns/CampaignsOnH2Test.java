package io.cvmjourneys.campaigns;

class CampaignsOnH2Test extends CampaignsTest {
}
