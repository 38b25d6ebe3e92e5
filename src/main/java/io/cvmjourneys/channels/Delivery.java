package io.cvmjourneys.channels;

import io.cvmjourneys.customer.Customer;

/**
 * A rendered message on its way to one customer. Templates open with a one-line headline (the
 * e-mail subject, the push title, the call's topic) followed by the message itself.
 *
 * @param messageId the outbox message, for the gateway's own deduplication
 * @param customer  the customer as they are now: name, phone number, e-mail address
 */
public record Delivery(long messageId, Customer customer, String text) {

    public String headline() {
        int lineEnd = text.indexOf('\n');
        return lineEnd < 0 ? text : text.substring(0, lineEnd).strip();
    }

    /** The text below the headline; the whole text when it is a single line. */
    public String afterHeadline() {
        int lineEnd = text.indexOf('\n');
        return lineEnd < 0 ? text : text.substring(lineEnd + 1).strip();
    }
}
