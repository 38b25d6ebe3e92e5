-- Programs as CVM managers define them: purpose, owner, outcomes and the KPIs they answer for,
-- each with a baseline, a target and the date to reach it. Every change is a new version with
-- who, when and why; program holds the version in force and the status the NBA reads.
CREATE TABLE program (
    id              VARCHAR(60) NOT NULL PRIMARY KEY,
    current_version INT         NOT NULL,
    status          VARCHAR(20) NOT NULL
);

CREATE TABLE program_version (
    program           VARCHAR(60)              NOT NULL REFERENCES program (id),
    version           INT                      NOT NULL,
    name              VARCHAR(120)             NOT NULL,
    purpose           VARCHAR(2000)            NOT NULL,
    owner             VARCHAR(120)             NOT NULL,
    business_outcomes VARCHAR(2000)            NOT NULL,
    customer_outcomes VARCHAR(2000)            NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    changed_by        VARCHAR(64)              NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_reason     VARCHAR(1000)            NOT NULL,
    PRIMARY KEY (program, version)
);

-- A KPI without baseline and target is watched, not yet committed to.
CREATE TABLE program_kpi (
    program     VARCHAR(60)   NOT NULL,
    version     INT           NOT NULL,
    position    INT           NOT NULL,
    measure     VARCHAR(120)  NOT NULL,
    baseline    DECIMAL(7, 2),
    baseline_on DATE,
    target      DECIMAL(7, 2),
    target_by   DATE,
    PRIMARY KEY (program, version, position),
    FOREIGN KEY (program, version) REFERENCES program_version (program, version)
);

-- The catalogue as the product runs it. The chapters name each program's KPIs but give no figures
-- ("reduce churn from X% to Y%"), so no target is seeded: the manager sets baselines and targets.
INSERT INTO program (id, current_version, status) VALUES
('onboarding-activation', 1, 'LIVE'), ('contract-renewal', 1, 'LIVE'), ('upsell-cross-sell', 1, 'LIVE'),
('proactive-retention', 1, 'LIVE'), ('loyalty', 1, 'LIVE'), ('cancellation-winback', 1, 'LIVE'),
('device-upgrade', 1, 'LIVE'), ('referral', 1, 'LIVE'), ('roaming', 1, 'LIVE'), ('service-outage', 1, 'LIVE'),
('bill-shock', 1, 'LIVE'), ('bill-payment', 1, 'LIVE'), ('delinquency-management', 1, 'LIVE'),
('moving-house', 1, 'LIVE'), ('complaint-feedback', 1, 'LIVE'), ('service', 1, 'LIVE');

INSERT INTO program_version (program, version, name, purpose, owner, business_outcomes, customer_outcomes, status,
                             changed_by, changed_at, change_reason) VALUES
('onboarding-activation', 1, 'Onboarding & activation',
 'Take every new customer from the purchase to using the service fully within the first 90 days, so that fewer leave early.',
 'Base management lead',
 'Fewer customers leaving in their first 90 days
More customers reaching the usage normal for their segment',
 'Service working from day one
Help with set-up, the app and the first bill',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('contract-renewal', 1, 'Renewals',
 'Meet customers before their plan, offer or discount ends with a renewal that fits them, so the end of a contract is not a reason to leave.',
 'Base management lead',
 'More contracts renewed before they end
Fewer customers leaving when a discount ends',
 'Told in time what changes and what it will cost
A renewed plan that fits their usage',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('upsell-cross-sell', 1, 'Up-sell & cross-sell',
 'Offer customers who have outgrown their plan the upgrade or the added service they need, and move households towards converged bundles.',
 'Revenue growth lead',
 'Higher monthly revenue per customer
More converged households',
 'More of what they use for a little more
No surprise on the first new bill',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('proactive-retention', 1, 'Proactive retention',
 'Find customers at risk from the signs they show (network trouble, bill shock, complaints) and act before they ask to leave.',
 'Head of retention',
 'Lower churn rate
Customer lifetime value kept',
 'Problems fixed before they become a reason to leave',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('loyalty', 1, 'Loyalty',
 'Reward customers for staying and for what the business wants more of (paying on time, using the app, topping up), and make the rewards easy to use.',
 'Loyalty lead',
 'Higher retention among members
More of the rewarded behaviours',
 'Rewards worth having and easy to redeem
Loyalty recognised in every channel',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('cancellation-winback', 1, 'Cancellation & winback',
 'Meet every cancellation request with the reason behind it and an answer that fits, keep those who can be kept, and win back those who left.',
 'Head of retention',
 'More customers saved at cancellation
More former customers won back',
 'A cancellation that is simple and respectful
An offer that answers the reason they gave',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('device-upgrade', 1, 'Device upgrade',
 'Offer the right device at the right time to customers whose device is old or failing, with trade-in and insurance, and keep their contract with us.',
 'Device lifecycle lead',
 'More device upgrades and contract extensions
More trade-ins, insurance and add-ons sold',
 'A new device without losing data or time
A fair price for the old one',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('referral', 1, 'Referrals',
 'Turn satisfied customers into the cheapest way to win new ones: make referring easy and reward both sides once the friend stays.',
 'Acquisition lead',
 'New customers at a lower acquisition cost
Referrers who stay longer',
 'A referral that takes a minute
The reward delivered when promised',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('roaming', 1, 'Roaming',
 'Get travellers connected abroad at a price they know before they go, and no bill shock when they return.',
 'Roaming lead',
 'More roaming passes sold
Fewer bill complaints after trips',
 'Connected on arrival
A bill that matches what they expected',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('service-outage', 1, 'Service outage care',
 'Tell customers hit by an outage before they notice, keep them informed until it is fixed, and make up for it where it hurt.',
 'Customer experience lead',
 'Fewer complaints and calls during outages
Churn after outages kept down',
 'Told what is wrong and when it will be fixed
Compensated when it was long',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('bill-shock', 1, 'Bill shock care',
 'Explain a bill that is much higher than usual before the customer calls, and fix what made it so.',
 'Customer experience lead',
 'Fewer billing complaints and calls
Fewer customers leaving over a bill',
 'No surprise on the bill
A plan that fits how they use the service',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('bill-payment', 1, 'Payments on time',
 'Help customers pay before the due date: a reminder when it helps, easy ways to pay, and direct debit for those who often pay late.',
 'Payments and collection lead',
 'Higher on-time payment rate
Fewer accounts going overdue',
 'A reminder in time and an easy way to pay
No late fees they could have avoided',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('delinquency-management', 1, 'Payments collection',
 'Collect overdue bills with the least harm: reminders, payment plans and disputes handled before barring or hand-off to collection.',
 'Payments and collection lead',
 'Lower outstanding receivables
Fewer accounts handed to collection agencies',
 'A payment plan they can keep
Disputes heard before the service is barred',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('moving-house', 1, 'Moving house',
 'Move the customer''s services to the new address without a gap, and win back those who leave because we do not serve it.',
 'Base management lead',
 'Customers kept through a move
Fewer calls about moving',
 'Service working at the new address on moving day
A correct bill through the move',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('complaint-feedback', 1, 'Complaint feedback',
 'Resolve every complaint, find its root cause, and feed it back to the programs whose actions caused it.',
 'Customer experience lead',
 'Fewer repeat complaints
Root causes fixed at the source',
 'A complaint resolved quickly and for good',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue'),
('service', 1, 'Customer service',
 'Give agents and the digital channels the next best help for the customer in front of them when no journey runs.',
 'Customer experience lead',
 'Issues solved at the first contact',
 'Help that fits why they got in touch',
 'LIVE', 'system', CURRENT_TIMESTAMP, 'Defined from the CVM program catalogue');

INSERT INTO program_kpi (program, version, position, measure) VALUES
('onboarding-activation', 1, 1, 'Adopted in the first 90 days'),
('onboarding-activation', 1, 2, 'Left in the first 90 days'),
('contract-renewal', 1, 1, 'Renewal rate'),
('upsell-cross-sell', 1, 1, 'Upgrade rate'),
('upsell-cross-sell', 1, 2, 'Complaints after the first new bill'),
('proactive-retention', 1, 1, 'Stayed 90 days after the sign'),
('cancellation-winback', 1, 1, 'Save rate'),
('cancellation-winback', 1, 2, 'Winback rate'),
('cancellation-winback', 1, 3, 'tNPS'),
('device-upgrade', 1, 1, 'Upgrade rate'),
('device-upgrade', 1, 2, 'tNPS'),
('referral', 1, 1, 'Rewarded referrals'),
('referral', 1, 2, 'tNPS'),
('roaming', 1, 1, 'Travelled with a pass'),
('service-outage', 1, 1, 'Cared for without a complaint'),
('service-outage', 1, 2, 'tNPS'),
('bill-shock', 1, 1, 'Explained without a complaint'),
('bill-payment', 1, 1, 'On-time payment rate'),
('delinquency-management', 1, 1, 'Cure rate'),
('delinquency-management', 1, 2, 'tNPS'),
('moving-house', 1, 1, 'Moved with us'),
('moving-house', 1, 2, 'tNPS'),
('complaint-feedback', 1, 1, 'Resolution rate'),
('complaint-feedback', 1, 2, 'tNPS');
