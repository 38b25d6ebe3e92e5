package io.cvmjourneys.learning;

/** The learning process's variables, as bpmn/propensity-learning.bpmn and its review form name them. */
final class LearningVariables {

    /** NOTHING_NEW, REVIEW_WAITING, SMALL_SHIFT or LARGE_SHIFT ({@link io.cvmjourneys.nba.LearnedPropensities.Result}). */
    static final String RESULT = "learningResult";
    static final String VERSION = "learnedVersion";
    static final String ANSWERS = "answersCounted";
    static final String CELLS_MOVED = "estimatesMoved";
    static final String LARGEST_SHIFT = "largestShiftPoints";
    static final String REVIEW_SHIFT = "reviewShiftPoints";
    static final String SHIFTS = "shiftSummary";
    /** The reviewer's choice: PUT_IN_FORCE or KEEP_OUT. */
    static final String DECISION = "reviewDecision";
    static final String FINDINGS = "reviewFindings";

    /** What an analyst's decision is, for a failure that names it. */
    static final String REVIEW = "The review of learned propensities";

    private LearningVariables() {
    }
}
