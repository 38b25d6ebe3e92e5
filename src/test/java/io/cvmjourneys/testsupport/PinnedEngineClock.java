package io.cvmjourneys.testsupport;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Stops the clock at {@link TestClock#DEFAULT} before a test class starts its application (so demo
 * data is dated from it) and again before every test method, whatever the real date and hour: no
 * test depends on the day it runs. Registered for every Spring test in META-INF/spring.factories.
 */
public class PinnedEngineClock extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        TestClock.pin(TestClock.DEFAULT);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        TestClock.pin(TestClock.DEFAULT);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        ClockUtil.reset();
    }
}
