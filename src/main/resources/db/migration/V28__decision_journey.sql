-- The journey a decision was made for (its process instance), when a journey asked: the offers a
-- journey made can be read beside how its customer rated it (tNPS per action). Decisions shown on a
-- task's page name the task in presented_in, which names the journey too.
ALTER TABLE nba_decision ADD COLUMN journey_id VARCHAR(64);
CREATE INDEX nba_decision_journey ON nba_decision (journey_id);
