-- When the network expects an incident fixed, as it reported it (null for incidents from before the
-- service outage journey): the journey tells the affected customers, and again when it passes.
ALTER TABLE service_incident ADD COLUMN expected_fix_at TIMESTAMP WITH TIME ZONE;
