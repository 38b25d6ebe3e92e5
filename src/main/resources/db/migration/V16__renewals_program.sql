-- The contract-renewal journey makes the renewal offer: it belongs to that journey's program (the
-- catalogue's renewals), whose KPIs count it; its terms (plan, fee, months) come from the journey's
-- decision table.
UPDATE nba_action SET program = 'contract-renewal', name = 'Renew the contract before it ends'
WHERE id = 'CONTRACT_RENEWAL_OFFER';
