-- Every moment of truth the intake received, with the answer it gave: the same event id again is
-- answered from here and never starts a second journey.
CREATE TABLE moment_event (
    event_id            VARCHAR(100)             NOT NULL PRIMARY KEY,
    customer_id         VARCHAR(64)              NOT NULL,
    type                VARCHAR(40)              NOT NULL,
    channel             VARCHAR(20)              NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    data                VARCHAR(4000)            NOT NULL,
    journey             VARCHAR(64)              NOT NULL,
    process_instance_id VARCHAR(64)              NOT NULL,
    status              VARCHAR(20)              NOT NULL
);

CREATE INDEX moment_event_by_customer ON moment_event (customer_id, received_at);

-- One row per customer and journey kind, locked while a moment decides whether to start a journey,
-- so two moments arriving together for the same customer cannot both start one.
CREATE TABLE journey_start_lock (
    customer_id VARCHAR(64) NOT NULL,
    journey     VARCHAR(64) NOT NULL,
    PRIMARY KEY (customer_id, journey)
);
