package io.cvmjourneys.channels;

import io.cvmjourneys.channels.DeliveredMessages.DeliveredMessage;
import io.cvmjourneys.moments.Channel;
import org.springframework.stereotype.Component;

/** An entry on the telesales call list: whom to call on which number, about what, and what to say. */
@Component
class TelesalesCallListAdapter implements ChannelAdapter {

    private final DeliveredMessages delivered;

    TelesalesCallListAdapter(DeliveredMessages delivered) {
        this.delivered = delivered;
    }

    @Override
    public Channel channel() {
        return Channel.TELESALES;
    }

    @Override
    public void deliver(Delivery delivery) {
        delivered.record(new DeliveredMessage(delivery.messageId(), delivery.customer().id(), Channel.TELESALES,
                delivery.customer().phone(), delivery.headline(), delivery.afterHeadline(), null));
    }
}
