package io.cvmjourneys.channels;

import io.cvmjourneys.channels.DeliveredMessages.DeliveredMessage;
import io.cvmjourneys.moments.Channel;
import org.springframework.stereotype.Component;

/** Push notification to the operator's app on the customer's devices: the headline is the title. */
@Component
class PushAdapter implements ChannelAdapter {

    /** The app's push service knows devices by the signed-in customer. */
    static final String APP_USER = "app-user:";

    private final DeliveredMessages delivered;

    PushAdapter(DeliveredMessages delivered) {
        this.delivered = delivered;
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public void deliver(Delivery delivery) {
        delivered.record(new DeliveredMessage(delivery.messageId(), delivery.customer().id(), Channel.PUSH,
                APP_USER + delivery.customer().id(), delivery.headline(), delivery.afterHeadline(), null));
    }
}
