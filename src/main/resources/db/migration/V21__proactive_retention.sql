-- The proactive retention journey's save offers, one for each thing that makes a customer think of
-- leaving; dmn/save-offer-terms.dmn says what each puts on the bill.
INSERT INTO nba_action (id, name, program, kind, channels, base_value, consent_purpose) VALUES
('LINE_CHECK_WITH_CREDIT', 'A line check by a technician, with a credit for the trouble', 'proactive-retention', 'SERVICE', 'CALL_CENTER,SMS,EMAIL,PUSH,APP,WEB', 100.00, 'SERVICE'),
('PRIORITY_CARE', 'A named care agent who follows up every issue for three months', 'proactive-retention', 'SERVICE', 'CALL_CENTER,EMAIL,SMS', 90.00, 'SERVICE'),
('BILL_REVIEW', 'A bill review and the plan that fits the usage', 'proactive-retention', 'SERVICE', 'CALL_CENTER,STORE,SMS,EMAIL,PUSH,APP,WEB', 80.00, 'SERVICE'),
('PRICE_MATCH_DISCOUNT', 'Match the competitor''s price: 15% off for a year', 'proactive-retention', 'COMMERCIAL', 'CALL_CENTER,STORE,TELESALES,EMAIL,SMS,APP', 150.00, 'MARKETING'),
('LOYALTY_THANK_YOU_CREDIT', 'A thank-you for staying: a credit on the next bill', 'proactive-retention', 'COMMERCIAL', 'CALL_CENTER,STORE,APP,WEB,SMS,EMAIL,PUSH', 60.00, 'MARKETING');
