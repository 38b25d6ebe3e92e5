package io.cvmjourneys.channels;

class OutboxOnH2Test extends OutboxTest {

    /**
     * H2 2.3 knows FOR UPDATE SKIP LOCKED, but a sorted, limited query locks every due row it reads,
     * not only the batch it answers: a second dispatcher finds nothing until the first commits.
     * Still exactly once, just one dispatcher at a time — H2 is the single-node embedded database.
     */
    @Override
    boolean secondDispatcherTakesTheNextBatch() {
        return false;
    }
}
