/**
 * Propensity learning as a governed loop: every night (and on an analyst's request) the learning
 * process (bpmn/propensity-learning.bpmn) counts the customers' answers into new learned
 * propensities; small moves go in force at once, a large one waits for the analytics team's review.
 * The facade is {@link io.cvmjourneys.learning.PropensityLearning}; the figures live in
 * {@link io.cvmjourneys.nba.LearnedPropensities}.
 */
package io.cvmjourneys.learning;
