package io.cvmjourneys.campaigns;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.util.List;

/**
 * What a manager writes down for a campaign.
 *
 * @param channels       tried in this order: a customer gets the message through the first one the policies allow
 * @param message        what the customer reads after "Dear …,"
 * @param holdoutPercent the share of the audience drawn as the campaign's control group, never contacted
 * @param sendFrom       when the first batch goes (at once when it has passed by the approval)
 * @param perMinute      the rate limit: at most this many customers handled per minute
 */
public record CampaignDraft(String name, String actionId, List<Channel> channels, Audience audience, String message,
                            int holdoutPercent, Instant sendFrom, int perMinute) {

    public CampaignDraft {
        channels = channels == null ? List.of() : channels.stream().filter(channel -> channel != null).distinct().toList();
        audience = audience == null ? Audience.everyone() : audience;
        name = name == null ? null : name.strip();
        message = message == null ? null : message.strip();
    }
}
