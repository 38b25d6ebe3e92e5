-- Propensities learned from the customers' answers. A snapshot counts, per action, value segment and
-- channel, the answered offers and the accepted ones (decisions the candidate table made; campaigns'
-- contacts are left out, a manager chose their action). The NBA ranks with the snapshot IN_FORCE;
-- a new one is PROPOSED until it is put in force (at once when nothing moved much, else after an
-- analyst's review), or KEPT_OUT by the analyst, with their findings. SUPERSEDED: was in force.
CREATE TABLE propensity_snapshot (
    version      INT                      NOT NULL PRIMARY KEY,
    learned_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by VARCHAR(64)              NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    answers      INT                      NOT NULL,
    largest_shift DOUBLE PRECISION        NOT NULL,
    decided_by   VARCHAR(64),
    decided_at   TIMESTAMP WITH TIME ZONE,
    note         VARCHAR(2000)
);

-- table_propensity: the candidate table's mean propensity over the cell's answered offers, the
-- prior the answers move the estimate from.
CREATE TABLE propensity_cell (
    version          INT              NOT NULL REFERENCES propensity_snapshot (version),
    action_id        VARCHAR(64)      NOT NULL,
    segment          VARCHAR(20)      NOT NULL,
    channel          VARCHAR(20)      NOT NULL,
    answered         INT              NOT NULL,
    accepted         INT              NOT NULL,
    table_propensity DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (version, action_id, segment, channel)
);
