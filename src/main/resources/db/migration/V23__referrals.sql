-- The referral program: each customer's own code, the leads friends leave with it, and the referrals
-- themselves, one per friend who became a customer with a code.
CREATE TABLE referral_code (
    customer_id VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES customer (id),
    code        VARCHAR(20)              NOT NULL UNIQUE,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A friend's interest, from the link's form or a store: who they are and whose code brought them.
CREATE TABLE referral_lead (
    reference     VARCHAR(100)             NOT NULL PRIMARY KEY,
    code          VARCHAR(20)              NOT NULL,
    referrer_id   VARCHAR(64)              NOT NULL REFERENCES customer (id),
    name          VARCHAR(200)             NOT NULL,
    email         VARCHAR(200),
    phone         VARCHAR(40),
    postcode      VARCHAR(20),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the customer the friend became, once they joined with the code
    converted_to  VARCHAR(64)
);
CREATE INDEX referral_lead_by_referrer ON referral_lead (referrer_id, received_at);

-- A friend who joined with a code: attributed to the code's owner, checked, rewarded or not. A
-- customer is referred once; status follows the journey: ACTIVATED, IN_REVIEW, REJECTED,
-- NOT_QUALIFIED, REWARDED.
CREATE TABLE referral (
    friend_id      VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES customer (id),
    referrer_id    VARCHAR(64)              NOT NULL REFERENCES customer (id),
    code           VARCHAR(20)              NOT NULL,
    lead_reference VARCHAR(100),
    device_id      VARCHAR(64),
    activated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    findings       VARCHAR(1000),
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP WITH TIME ZONE,
    referrer_reward DECIMAL(10, 2),
    friend_reward  DECIMAL(10, 2),
    rewarded_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX referral_by_referrer ON referral (referrer_id, activated_at);
CREATE INDEX referral_by_device ON referral (device_id);
