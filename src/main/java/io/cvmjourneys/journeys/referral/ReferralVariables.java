package io.cvmjourneys.journeys.referral;

import io.cvmjourneys.moments.Tnps;

/**
 * Process variables of the referral journey (its form, decision table and messages use the same
 * names). The journey's customer is the friend who joined; the referrer is named in variables.
 */
public final class ReferralVariables {

    public static final String PROCESS_ID = "referral";
    /** The program its actions belong to in the action catalog and on the KPI dashboard: the journey's own. */
    public static final String PROGRAM = PROCESS_ID;

    /** The code the friend joined with, and the handset their line was activated in (when the order said). */
    static final String REFERRAL_CODE = "referralCode";
    static final String DEVICE_ID = "deviceId";

    /** Who referred the friend: the code's owner. */
    static final String REFERRER_ID = "referrerId";
    static final String REFERRER_NAME = "referrerName";
    /** Rewards the referrer was paid this year before this referral: the table's yearly cap reads it. */
    static final String REFERRER_REWARDS_THIS_YEAR = "referrerRewardsThisYear";

    // dmn/referral-terms.dmn
    static final String QUALIFYING_DAYS = "qualifyingDays";
    static final String REFERRER_REWARD = "referrerReward";
    static final String FRIEND_REWARD = "friendReward";
    static final String REFERRER_REWARD_TEXT = "referrerRewardText";
    static final String FRIEND_REWARD_TEXT = "friendRewardText";

    /** When the qualifying period ends, and that day as the customers read it. */
    static final String QUALIFYING_ENDS_AT = "qualifyingEndsAt";
    static final String QUALIFYING_ENDS_ON = "qualifyingEndsOn";

    /** What the fraud checks found, one line per rule, and whether a person must look. */
    static final String FINDINGS = "referralFindings";
    static final String NEEDS_REVIEW = "needsReview";
    /** The reviewer's decision (APPROVE or REJECT) and why. */
    static final String REVIEW_DECISION = "reviewDecision";
    static final String REVIEW_NOTE = "reviewNote";
    static final String APPROVED = "approved";

    /** What the qualifying period's end found: the friend asked to leave, or has a bill overdue. */
    static final String FRIEND_ASKED_TO_LEAVE = "friendAskedToLeave";
    static final String FRIEND_OVERDUE = "friendOverdue";

    public static final String SURVEY_SCORE = Tnps.SURVEY_SCORE;

    private ReferralVariables() {
    }
}
