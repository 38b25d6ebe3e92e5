/**
 * The loyalty program's members and their points ledger: earning, redemption, expiry and lapse, each
 * a row, the balance their sum. {@link io.cvmjourneys.loyalty.LoyaltyLedger} is the module's facade;
 * the loyalty journey (journeys.loyalty) and the REST API use it.
 */
package io.cvmjourneys.loyalty;
