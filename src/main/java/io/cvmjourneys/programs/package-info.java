/**
 * Programs as CVM managers define them: purpose, owner, outcomes, the KPIs with their baselines and
 * targets, and the status that decides whether the program's offers are made. Every change is a
 * version with who, when and why. {@link io.cvmjourneys.programs.Programs} is the facade.
 */
package io.cvmjourneys.programs;
