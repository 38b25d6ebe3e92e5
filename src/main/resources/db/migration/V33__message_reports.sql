-- What a channel's gateway reports back on a message it sent: it bounced (the number or address takes
-- no messages) or the customer opted out from it (STOP, unsubscribe). One report of each kind per
-- message, so a gateway that reports twice changes nothing. The nightly template watch reads them.
CREATE TABLE message_report (
    message_id  BIGINT                   NOT NULL REFERENCES outbox_message (id),
    outcome     VARCHAR(20)              NOT NULL,
    detail      VARCHAR(500),
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_by VARCHAR(64)              NOT NULL,
    CONSTRAINT message_report_once PRIMARY KEY (message_id, outcome),
    CONSTRAINT message_report_outcome_known CHECK (outcome IN ('BOUNCED', 'OPTED_OUT'))
);
-- The template watch's and the volume check's question: the messages sent in a window.
CREATE INDEX outbox_message_sent ON outbox_message (status, sent_at);
