package io.cvmjourneys.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A journey's process test: the whole application on an in-memory database, no job executor
 * (the test moves the engine clock and runs due jobs), and process coverage that must reach 100%.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
// Our coverage properties first, so the library's @ConditionalOnMissingBean default backs off.
@Import({FullProcessCoverage.class, ProcessEngineCoverageConfiguration.class, TeamTasks.class})
@TestExecutionListeners(listeners = {ProcessEngineCoverageTestExecutionListener.class, CurrentEngineForAssertions.class},
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {
}
