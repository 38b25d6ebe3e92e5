package io.cvmjourneys.channels;

import io.cvmjourneys.moments.Channel;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/** What each channel can take a day ({@code cvm.channels.daily-capacity}), for whoever plans volume on it. */
@Component
public class ChannelCapacities {

    private final ChannelProperties properties;

    ChannelCapacities(ChannelProperties properties) {
        this.properties = properties;
    }

    /** Empty: no limit set for the channel. */
    public OptionalInt perDay(Channel channel) {
        Integer capacity = properties.dailyCapacity().get(channel);
        return capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity);
    }
}
