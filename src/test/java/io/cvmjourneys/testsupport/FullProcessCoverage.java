package io.cvmjourneys.testsupport;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every path of every journey is tested: a process test class fails below 100% flow-node and flow coverage. */
@TestConfiguration(proxyBeanMethods = false)
class FullProcessCoverage {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(1.0).build();
    }
}
