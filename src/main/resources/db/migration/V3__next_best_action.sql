-- The action catalog: what the operator can do for a customer. CVM managers pause an action here
-- (paused = TRUE): from the next decision on it is never proposed.
CREATE TABLE nba_action (
    id              VARCHAR(60)    NOT NULL PRIMARY KEY,
    name            VARCHAR(120)   NOT NULL,
    program         VARCHAR(60)    NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    channels        VARCHAR(200)   NOT NULL,
    base_value      DECIMAL(10, 2) NOT NULL,
    valid_from      DATE,
    valid_until     DATE,
    paused          BOOLEAN        NOT NULL DEFAULT FALSE,
    consent_purpose VARCHAR(20),
    changed_by      VARCHAR(64),
    changed_at      TIMESTAMP WITH TIME ZONE,
    change_reason   VARCHAR(500)
);

INSERT INTO nba_action (id, name, program, kind, channels, base_value, consent_purpose) VALUES
('RETENTION_DISCOUNT_20', '20% off for 12 months', 'cancellation-winback', 'COMMERCIAL', 'CALL_CENTER,STORE,TELESALES', 180.00, 'MARKETING'),
('RETENTION_DISCOUNT_10', '10% off for 12 months', 'cancellation-winback', 'COMMERCIAL', 'CALL_CENTER,STORE,TELESALES,WEB,APP', 90.00, 'MARKETING'),
('PLAN_DOWNGRADE_OPTION', 'A cheaper plan that fits the usage', 'cancellation-winback', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP', 60.00, 'MARKETING'),
('FIX_SERVICE_FIRST', 'Fix the service problem first, with a technician visit', 'cancellation-winback', 'SERVICE', 'CALL_CENTER,STORE,WEB,APP,SMS,EMAIL', 120.00, 'SERVICE'),
('WINBACK_THREE_MONTHS_FREE', 'Come back: three months free', 'cancellation-winback', 'COMMERCIAL', 'SMS,EMAIL,TELESALES,PUSH', 150.00, 'MARKETING'),
('CONTRACT_RENEWAL_OFFER', 'Renew now: new plan with more data at the same price', 'retention', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,SMS,EMAIL,TELESALES,PUSH', 140.00, 'MARKETING'),
('PAYMENT_PLAN', 'Pay the overdue amount in instalments', 'delinquency-management', 'SERVICE', 'CALL_CENTER,STORE,WEB,APP,SMS,EMAIL', 80.00, 'SERVICE'),
('DUNNING_REMINDER', 'Payment reminder for the overdue invoice', 'delinquency-management', 'MANDATORY', 'SMS,EMAIL,CALL_CENTER,APP', 40.00, NULL),
('OUTAGE_NOTICE', 'Notice of the service outage in the area, with the expected fix time', 'service', 'MANDATORY', 'SMS,EMAIL,PUSH,APP,CALL_CENTER,STORE,WEB', 10.00, NULL),
('SERVICE_APOLOGY_CREDIT', 'Apology with a bill credit for the disruption', 'service', 'SERVICE', 'CALL_CENTER,STORE,WEB,APP,SMS,EMAIL', 30.00, 'SERVICE'),
('USAGE_TIP', 'Tip: how to keep track of data usage in the app', 'service', 'SERVICE', 'APP,PUSH,SMS,EMAIL,CALL_CENTER,WEB', 5.00, 'SERVICE'),
('DATA_ADDON_5GB', '5 GB extra data this month', 'upsell-cross-sell', 'COMMERCIAL', 'APP,WEB,SMS,PUSH,CALL_CENTER,STORE', 25.00, 'MARKETING'),
('HOME_BROADBAND_BUNDLE', 'Add home fibre to the mobile plan, 15% off both', 'upsell-cross-sell', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,EMAIL,TELESALES', 220.00, 'MARKETING'),
('POSTPAID_MIGRATION', 'Move to a monthly plan with a free first month', 'upsell-cross-sell', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,SMS,PUSH', 120.00, 'MARKETING'),
('DEVICE_UPGRADE_OFFER', 'New phone with the lease ending: upgrade without fee', 'device-upgrade', 'COMMERCIAL', 'STORE,CALL_CENTER,APP,WEB,SMS,EMAIL,PUSH', 200.00, 'MARKETING'),
('DEVICE_REPAIR', 'Repair or replace the faulty device', 'device-upgrade', 'SERVICE', 'STORE,CALL_CENTER,APP,WEB', 60.00, 'SERVICE'),
('FIBRE_UPGRADE_AT_NEW_ADDRESS', 'Fibre at the new address for the same price', 'moving-house', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,EMAIL', 160.00, 'MARKETING'),
('HOME_SECURITY_ADDON', 'Smart home security for the new home', 'moving-house', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,EMAIL', 70.00, 'MARKETING'),
('LOYALTY_REWARD', 'Loyalty reward: a free month of streaming', 'loyalty', 'COMMERCIAL', 'APP,WEB,SMS,EMAIL,PUSH,CALL_CENTER,STORE', 50.00, 'MARKETING'),
('COMPLAINT_CALLBACK', 'Call back about the complaint within a day', 'complaint-feedback', 'SERVICE', 'CALL_CENTER,SMS,EMAIL,APP', 90.00, 'SERVICE');

-- Every decision the pipeline made, with its explanation (JSON), so agents, KPIs and propensity
-- learning can see what was proposed, what was suppressed and why, and on which table versions.
CREATE TABLE nba_decision (
    id                VARCHAR(36)              NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(64)              NOT NULL,
    moment            VARCHAR(40)              NOT NULL,
    channel           VARCHAR(20)              NOT NULL,
    journey_step      VARCHAR(60),
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    context_summary   VARCHAR(2000)            NOT NULL,
    candidates        VARCHAR(16000)           NOT NULL,
    suppressed        VARCHAR(16000)           NOT NULL,
    decision_versions VARCHAR(1000)            NOT NULL
);

CREATE INDEX nba_decision_by_customer ON nba_decision (customer_id, decided_at);

-- The actions a decision proposed, in rank order, and what the customer answered.
CREATE TABLE nba_offer (
    decision_id VARCHAR(36)              NOT NULL,
    action_id   VARCHAR(60)              NOT NULL,
    rank_no     INTEGER                  NOT NULL,
    program     VARCHAR(60)              NOT NULL,
    score       DOUBLE PRECISION         NOT NULL,
    outcome     VARCHAR(20),
    outcome_at  TIMESTAMP WITH TIME ZONE,
    outcome_by  VARCHAR(64),
    PRIMARY KEY (decision_id, action_id),
    FOREIGN KEY (decision_id) REFERENCES nba_decision (id)
);

CREATE INDEX nba_offer_by_action ON nba_offer (action_id, outcome);
