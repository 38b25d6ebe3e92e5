package io.cvmjourneys.testsupport;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/** Puts the engine clock back to real time after each test that moved it. */
public class RealEngineClock extends AbstractTestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        ClockUtil.reset();
    }
}
