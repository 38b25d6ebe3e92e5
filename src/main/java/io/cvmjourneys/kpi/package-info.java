/**
 * Program KPIs for CVM managers and analysts: journeys and their outcomes from engine history,
 * offer acceptance from the decision log, time per step and SLA breaches, the business case and
 * the uplift against each program's holdout group.
 */
package io.cvmjourneys.kpi;
