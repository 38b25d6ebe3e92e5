package io.cvmjourneys.channels;

import io.cvmjourneys.moments.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How outbound messages are sent ({@code cvm.channels.*}).
 *
 * @param dispatchEnabled  whether this node sends due messages in the background (tests send them themselves)
 * @param dispatchInterval the pause between two dispatch rounds
 * @param batchSize        at most this many messages per round, locked by one transaction
 * @param maxAttempts      a message that failed this many times is given up (FAILED)
 * @param retryBackoff     the wait after the first failure; it doubles with every further one
 * @param dailyCapacity    per outbound or digital channel, the messages (or in-app placements) it can take a day, as
 *                         the channel team agreed with the gateways and the app; a channel not named has no set limit
 * The default quiet hours are a lever of the next-best-action engine ({@code cvm.nba.contact.quiet-*}, changed at
 * run time on the levers page): messages wait out the same hours the decisions keep.
 */
@Validated
@ConfigurationProperties("cvm.channels")
record ChannelProperties(Boolean dispatchEnabled, @DurationMin(millis = 100) Duration dispatchInterval,
                         @Positive @Max(1000) Integer batchSize, @Positive @Max(10) Integer maxAttempts,
                         @DurationMin(seconds = 1) Duration retryBackoff, Map<Channel, @Positive Integer> dailyCapacity) {

    ChannelProperties {
        dispatchEnabled = dispatchEnabled == null || dispatchEnabled;
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(1) : dispatchInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        retryBackoff = retryBackoff == null ? Duration.ofMinutes(1) : retryBackoff;
        dailyCapacity = dailyCapacity == null ? Map.of(Channel.SMS, 20_000, Channel.EMAIL, 100_000, Channel.PUSH, 50_000,
                Channel.TELESALES, 600, Channel.APP, 30_000, Channel.WEB, 30_000) : Map.copyOf(dailyCapacity);
    }
}
