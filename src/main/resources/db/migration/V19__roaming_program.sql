-- The roaming journey's offer: the pass for the trip's zone (dmn/roaming-tariff.dmn says which and
-- what it costs), sent before the bill can shock the customer.
INSERT INTO nba_action (id, name, program, kind, channels, base_value, consent_purpose) VALUES
('ROAMING_PASS', 'A roaming pass for the trip: data, calls and texts abroad at one price', 'roaming', 'COMMERCIAL', 'SMS,PUSH,APP,WEB,CALL_CENTER,STORE', 25.00, 'MARKETING');
