/**
 * Arbitration: the CVM playbook's policies as named Easy Rules rules, one class each, run in priority
 * order over an {@link io.cvmjourneys.nba.arbitration.ArbitrationCase} by
 * {@link io.cvmjourneys.nba.arbitration.ArbitrationPolicies}. Every removal names its rule and the facts behind it.
 */
package io.cvmjourneys.nba.arbitration;
