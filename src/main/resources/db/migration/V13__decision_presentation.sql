-- Where a decision was shown to an agent (a task, or a customer page and agent), so that showing the
-- same offers again is the same presentation: offer KPIs count what reached the customer, not page views.
ALTER TABLE nba_decision ADD COLUMN presented_in VARCHAR(120);
CREATE INDEX nba_decision_by_presentation ON nba_decision (presented_in, decided_at);
