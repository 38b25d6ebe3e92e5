package io.cvmjourneys.workspace;

/** A task the agent cannot work on any more, with the reason in words the agent can act on. */
class TaskUnavailable extends RuntimeException {

    TaskUnavailable(String message) {
        super(message);
    }
}
