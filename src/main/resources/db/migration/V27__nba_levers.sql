-- The levers CVM managers change at run time (program weights, holdout shares, contact caps, quiet
-- hours), as versions: each takes effect from its instant until the next one, on every node. Before
-- the first version the configuration's values hold. The levers are kept as one JSON document per
-- version, read whole.
CREATE TABLE nba_lever_version (
    version        INT                      NOT NULL PRIMARY KEY,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL UNIQUE,
    levers         VARCHAR(8000)            NOT NULL,
    changed_by     VARCHAR(64)              NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    change_reason  VARCHAR(1000)            NOT NULL
);
