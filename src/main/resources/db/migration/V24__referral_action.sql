-- The referral program's invitation: shown to loyal customers in good standing when they talk to us.
INSERT INTO nba_action (id, name, program, kind, channels, base_value, consent_purpose) VALUES
('REFER_A_FRIEND', 'Refer a friend: a credit for both of you when they join', 'referral', 'COMMERCIAL', 'CALL_CENTER,STORE,APP,WEB,EMAIL,PUSH', 40.00, 'MARKETING');
