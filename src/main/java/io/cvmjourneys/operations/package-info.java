/**
 * What an operator relies on: health that tells the truth (readiness follows the database and the
 * job executor, liveness never does) and a database fault answered as one (503, not 500).
 */
package io.cvmjourneys.operations;
