package io.cvmjourneys.channels;

import io.cvmjourneys.channels.DeliveredMessages.DeliveredMessage;
import io.cvmjourneys.moments.Channel;
import org.springframework.stereotype.Component;

/** E-mail to the customer's address: the headline is the subject, the rest the body. */
@Component
class EmailAdapter implements ChannelAdapter {

    private final DeliveredMessages delivered;

    EmailAdapter(DeliveredMessages delivered) {
        this.delivered = delivered;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(Delivery delivery) {
        String address = delivery.customer().email();
        if (address == null || address.isBlank()) {
            throw new IllegalStateException("Customer " + delivery.customer().id() + " has no e-mail address");
        }
        delivered.record(new DeliveredMessage(delivery.messageId(), delivery.customer().id(), Channel.EMAIL, address,
                delivery.headline(), delivery.afterHeadline(), null));
    }
}
