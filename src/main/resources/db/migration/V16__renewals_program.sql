-- The contract-renewal journey makes the renewal offer: it belongs to the renewals program, whose
-- KPIs count it, and its terms (plan, fee, months) come from the journey's decision table.
UPDATE nba_action SET program = 'renewals', name = 'Renew the contract before it ends'
WHERE id = 'CONTRACT_RENEWAL_OFFER';
