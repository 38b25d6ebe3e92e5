-- The candidate table's exact inputs for every decision (JSON, named as the table's input
-- expressions), so a CVM manager can replay past decisions against a changed table before deploying it.
-- Rows logged before this column existed leave it empty; the replay rebuilds them from context_summary.
ALTER TABLE cvm.nba_decision ADD COLUMN table_inputs VARCHAR(2000);

CREATE INDEX nba_decision_by_time ON cvm.nba_decision (decided_at);
