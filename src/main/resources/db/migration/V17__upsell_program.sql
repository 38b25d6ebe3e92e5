-- The up-sell and cross-sell journey's offers: one for each sign that a customer has outgrown what
-- they have. The journey's terms table (dmn/upgrade-terms.dmn) says what each puts on the line.
INSERT INTO nba_action (id, name, program, kind, channels, base_value, consent_purpose) VALUES
('PLAN_UPGRADE', 'A plan with more allowance every month', 'upsell-cross-sell', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,SMS,EMAIL,PUSH', 90.00, 'MARKETING'),
('PREPAID_BIGGER_PACKAGE', 'A bigger prepaid package that lasts the whole period', 'upsell-cross-sell', 'COMMERCIAL', 'APP,WEB,SMS,PUSH,STORE,CALL_CENTER', 40.00, 'MARKETING'),
('PACKAGE_AUTO_RENEW', 'Renew the prepaid package automatically', 'upsell-cross-sell', 'COMMERCIAL', 'APP,WEB,SMS,PUSH,STORE,CALL_CENTER', 30.00, 'MARKETING'),
('AUTO_TOP_UP', 'Automatic top-up when the balance runs low', 'upsell-cross-sell', 'COMMERCIAL', 'APP,WEB,SMS,PUSH,STORE,CALL_CENTER', 30.00, 'MARKETING'),
('MULTI_DEVICE_PLAN', 'One allowance shared by phone, watch and tablet', 'upsell-cross-sell', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,EMAIL,PUSH', 70.00, 'MARKETING'),
('FIBRE_SPEED_UPGRADE', 'Faster fibre with mesh wi-fi for every room', 'upsell-cross-sell', 'COMMERCIAL', 'CALL_CENTER,STORE,WEB,APP,EMAIL,SMS', 110.00, 'MARKETING');
