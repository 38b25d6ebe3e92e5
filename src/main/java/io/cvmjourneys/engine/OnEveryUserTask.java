package io.cvmjourneys.engine;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A Spring bean that runs when any journey's user task is created, whatever model it comes from
 * (one deployed from Camunda Modeler included): the engine adds it to every user task it parses.
 */
public interface OnEveryUserTask extends TaskListener {
}
