-- A dead letter (FAILED) sent again by the channel team once its gateway works: who and when, kept
-- on the message, so its row reads "failed after 3 attempts, sent again by channel at 10:40".
ALTER TABLE cvm.outbox_message ADD COLUMN resent_by VARCHAR(64);
ALTER TABLE cvm.outbox_message ADD COLUMN resent_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX outbox_message_by_status ON cvm.outbox_message (status, created_at);
