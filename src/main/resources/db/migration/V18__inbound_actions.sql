-- What an agent or the app can offer any customer who comes to us: a follow-up on a recent
-- complaint, set-up help in the first 90 days, and the convergence offers for households that have
-- only one of mobile and home broadband with us (or only one mobile line).
INSERT INTO nba_action (id, name, program, kind, channels, base_value, consent_purpose) VALUES
('COMPLAINT_FOLLOW_UP', 'Follow up on the recent complaint', 'complaint-feedback', 'SERVICE', 'CALL_CENTER,STORE,WEB,APP', 60.00, 'SERVICE'),
('WELCOME_SETUP_HELP', 'Set-up help: the app, voicemail and the first bill explained', 'onboarding-activation', 'SERVICE', 'CALL_CENTER,STORE,WEB,APP,SMS,EMAIL,PUSH', 40.00, 'SERVICE'),
('MOBILE_LINE_BUNDLE', 'Add a mobile line to the home connection, 15% off both', 'upsell-cross-sell', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,EMAIL', 150.00, 'MARKETING'),
('FAMILY_LINE', 'A second mobile line for the family at half price', 'upsell-cross-sell', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,EMAIL,PUSH', 100.00, 'MARKETING');
