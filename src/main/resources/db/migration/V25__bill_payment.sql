-- The payments program before the due date: customers who pay by direct debit (auto-debit), and the
-- actions of the bill-payment journey. One mandate per customer; the journey step that set it up is
-- its reference, so a step run twice sets up one.
CREATE TABLE direct_debit (
    customer_id VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES customer (id),
    set_up_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reference   VARCHAR(200)             NOT NULL
);

INSERT INTO nba_action (id, name, program, kind, channels, base_value, consent_purpose) VALUES
('PAYMENT_REMINDER', 'Reminder before the bill is due, with the ways to pay', 'bill-payment', 'SERVICE', 'EMAIL,SMS,PUSH,APP', 5.00, 'SERVICE'),
('DIRECT_DEBIT_OFFER', 'Pay by direct debit and never miss a due date', 'bill-payment', 'SERVICE', 'EMAIL,SMS,PUSH,APP,WEB,CALL_CENTER,STORE', 25.00, 'SERVICE');
