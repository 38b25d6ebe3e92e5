/**
 * The change journey (bpmn/model-change.bpmn): what a CVM manager changes in what the NBA and the
 * programs run (a new version of a decision table, a program's launch or stop) goes live only after
 * the analytics team reviewed its evidence and the channel team approved and scheduled each channel
 * it touches, unless the manager withdraws it or overrides the approvals with a recorded reason. The
 * facade is {@link io.cvmjourneys.changes.ModelChanges}.
 */
package io.cvmjourneys.changes;
