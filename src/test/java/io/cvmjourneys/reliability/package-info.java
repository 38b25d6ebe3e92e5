/**
 * How the application holds up against what arrives from outside: a corpus of bad requests kept as
 * data ({@code src/test/resources/bad-input}) and generated moment payloads, each refused with a 4xx
 * in words and leaving nothing behind, and calls that race for the same thing.
 */
package io.cvmjourneys.reliability;
