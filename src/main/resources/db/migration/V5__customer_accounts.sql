-- A cancelled subscription stays on record with the day it ended; a reactivation clears it.
ALTER TABLE subscription ADD COLUMN cancelled_on DATE;

-- Every change a journey made to a customer's account, once per journey step (reference unique),
-- so a retried step never applies a discount or a cancellation twice.
CREATE TABLE account_change (
    reference    VARCHAR(200)             NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(64)              NOT NULL REFERENCES customer (id),
    kind         VARCHAR(20)              NOT NULL,
    percent_off  INTEGER,
    months       INTEGER,
    reason       VARCHAR(200),
    effective_on DATE                     NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX account_change_by_customer ON account_change (customer_id, effective_on);
