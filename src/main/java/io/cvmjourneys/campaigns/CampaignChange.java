package io.cvmjourneys.campaigns;

import java.time.Instant;

/** One change of a campaign, of its content or its status: who, when and why. */
public record CampaignChange(int version, CampaignStatus status, String changedBy, Instant changedAt, String reason) {
}
