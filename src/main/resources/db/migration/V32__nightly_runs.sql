-- Each run of a piece of nightly work (engine.NightlyWork), claimed by the first node whose schedule
-- fires it; the others skip that run. Work that looks before it starts something (a program's review,
-- an action's review, a channel's day) so never starts it twice when several nodes run the schedule.
-- due_at: the minute the run was scheduled for.
CREATE TABLE nightly_run (
    work       VARCHAR(100)             NOT NULL,
    due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by VARCHAR(200)             NOT NULL,
    CONSTRAINT nightly_run_once PRIMARY KEY (work, due_at)
);
