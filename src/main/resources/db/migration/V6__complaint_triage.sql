-- What CX triage finds out about a complaint, and the CVM action it traces back to: the figures
-- behind "complaints per 1,000 deliveries" of an action.
ALTER TABLE complaint ADD COLUMN severity VARCHAR(10);
ALTER TABLE complaint ADD COLUMN root_cause VARCHAR(30);
ALTER TABLE complaint ADD COLUMN linked_action_id VARCHAR(60);
ALTER TABLE complaint ADD COLUMN linked_program VARCHAR(60);

CREATE INDEX complaint_by_linked_action ON complaint (linked_action_id, filed_at);
CREATE INDEX contact_history_by_action ON contact_history (action_id, contacted_at);
