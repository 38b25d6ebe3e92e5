package io.cvmjourneys.moments;

/** What the intake does with one type of moment: start a journey, or deliver it to a waiting one. */
interface MomentRoute {

    /** Moments sharing this key for a customer are decided one after the other. */
    String lockKey();

    /** Checks the moment's data before anything is written; refuses bad data with an ApiException. */
    void validate(Moment moment);

    MomentAnswer answer(Moment moment);
}
