-- Payments collection (delinquency-management journey): barring, payment plans, credits and the
-- outcome of every dunning step. Changes to an account stay idempotent through cvm.account_change.

-- Credits (an upheld dispute) carry an amount.
ALTER TABLE cvm.account_change ADD COLUMN amount NUMERIC(10,2);

-- The customer's barring level now: PARTIAL (outgoing calls and data barred) or FULL. No row = not barred.
CREATE TABLE cvm.barring (
    customer_id VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES cvm.customer (id),
    barring_level VARCHAR(10)            NOT NULL,
    barred_since TIMESTAMP WITH TIME ZONE NOT NULL,
    reference   VARCHAR(200)             NOT NULL
);

-- A payment plan agreed for an overdue invoice; status ACTIVE, PAID_OFF or BROKEN.
CREATE TABLE cvm.payment_plan (
    id          VARCHAR(200)             NOT NULL PRIMARY KEY,
    customer_id VARCHAR(64)              NOT NULL REFERENCES cvm.customer (id),
    invoice_id  VARCHAR(64)              NOT NULL REFERENCES cvm.invoice (id),
    total       NUMERIC(10,2)            NOT NULL,
    instalments INTEGER                  NOT NULL,
    status      VARCHAR(10)              NOT NULL,
    agreed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX payment_plan_by_customer ON cvm.payment_plan (customer_id, status);

CREATE TABLE cvm.payment_plan_instalment (
    plan_id  VARCHAR(200)  NOT NULL REFERENCES cvm.payment_plan (id),
    seq_no   INTEGER       NOT NULL,
    amount   NUMERIC(10,2) NOT NULL,
    due_on   DATE          NOT NULL,
    paid_on  DATE,
    PRIMARY KEY (plan_id, seq_no)
);

-- What each step of a dunning ladder did (reminder sent, promise made, barred…): once per journey
-- step (reference unique), the figures behind cure rate, promises kept, plan success and barrings.
CREATE TABLE cvm.collection_step (
    reference           VARCHAR(200)             NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)              NOT NULL,
    customer_id         VARCHAR(64)              NOT NULL,
    invoice_id          VARCHAR(64)              NOT NULL,
    step                VARCHAR(30)              NOT NULL,
    outcome             VARCHAR(30)              NOT NULL,
    detail              VARCHAR(500),
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX collection_step_by_journey ON cvm.collection_step (process_instance_id, recorded_at);
CREATE INDEX collection_step_by_step ON cvm.collection_step (step, outcome, recorded_at);

-- The notice a customer is owed before any barring: mandatory, like the dunning reminder.
INSERT INTO cvm.nba_action (id, name, program, kind, channels, base_value, consent_purpose) VALUES
('BARRING_NOTICE', 'Notice of service barring for the overdue invoice', 'delinquency-management', 'MANDATORY',
 'SMS,EMAIL,CALL_CENTER,APP', 40.00, NULL);
