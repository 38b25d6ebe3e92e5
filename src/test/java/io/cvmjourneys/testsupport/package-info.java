/**
 * Test support. Camunda keeps its engines in a static registry and the REST API serves the engine
 * named "default", so two live application contexts in one JVM would answer REST calls from the
 * wrong engine: every Spring test context is closed after its class ({@code @DirtiesContext}).
 */
package io.cvmjourneys.testsupport;
