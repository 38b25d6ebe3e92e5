package io.cvmjourneys.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * camunda-bpm-assert remembers its engine per thread; after one test class closes its context the
 * next class would assert against a closed engine. Each test method gets the current one.
 */
public class CurrentEngineForAssertions implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        BpmnAwareTests.init(testContext.getApplicationContext().getBean(ProcessEngine.class));
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        AbstractAssertions.reset();
    }
}
