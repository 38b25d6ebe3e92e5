/**
 * The referral program's records: each customer's code and link, the leads friends leave with them,
 * and each referral from the friend's joining to its reward, with the fraud checks that may hold it
 * for review. {@link io.cvmjourneys.referrals.Referrals} is the module's facade; the referral journey
 * (journeys.referral), the REST API, the workspace and the KPI dashboard use it.
 */
package io.cvmjourneys.referrals;
