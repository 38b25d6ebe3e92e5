package io.cvmjourneys.channels;

import io.cvmjourneys.channels.DeliveredMessages.DeliveredMessage;
import io.cvmjourneys.moments.Channel;
import org.springframework.stereotype.Component;

/** SMS to the customer's phone, the whole text, counted in the parts it is billed as. */
@Component
class SmsAdapter implements ChannelAdapter {

    private final DeliveredMessages delivered;

    SmsAdapter(DeliveredMessages delivered) {
        this.delivered = delivered;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void deliver(Delivery delivery) {
        delivered.record(new DeliveredMessage(delivery.messageId(), delivery.customer().id(), Channel.SMS,
                delivery.customer().phone(), null, delivery.text(), SmsSegments.count(delivery.text())));
    }
}
