package io.cvmjourneys.changes;

/** The change journey's variable names, as bpmn/model-change.bpmn and its forms use them. */
final class ChangeVariables {

    static final String CHANGE_ID = "changeId";
    static final String KIND = "changeKind";
    static final String SUMMARY = "changeSummary";
    static final String REASON = "changeReason";
    static final String PROPOSED_BY = "proposedBy";
    static final String EVIDENCE = "evidenceSummary";
    /** The channels the channel team approves, comma-separated, in the order of the approval tasks. */
    static final String APPROVAL_CHANNELS = "approvalChannels";
    static final String CHANNELS_TO_APPROVE = "channelsToApprove";
    /** Per channel: {@code channelEvidence_SMS}. */
    static final String CHANNEL_EVIDENCE_PREFIX = "channelEvidence_";
    /** Task-local on a channel's approval: the channel and what the channel team needs to judge it. */
    static final String APPROVAL_CHANNEL = "approvalChannel";
    static final String CHANNEL_EVIDENCE = "channelEvidence";
    /** The first step id of the current round of approvals (a send-back and resubmission starts a new round). */
    static final String ROUND_FIRST_STEP = "roundFirstStep";
    static final String CHANNELS_APPROVED = "channelsApproved";
    /** When the change goes live, unless overridden: not before the proposed day and every channel's start. */
    static final String GO_LIVE_AT = "goLiveAt";
    static final String SENT_BACK_FINDINGS = "sentBackFindings";
    static final String WITHDRAWN = "changeWithdrawn";
    static final String LIVE = "changeLive";
    static final String OVERRIDDEN_BY = "overriddenBy";
    static final String OVERRIDE_REASON = "overrideReason";
    /** What each person's task decides, the same names on every task of the journey. */
    static final String DECISION = "stepDecision";
    static final String FINDINGS = "stepFindings";
    static final String STARTS_ON = "stepStartsOn";
    /** The last task's decision, for the gateway after it. */
    static final String LAST_DECISION = "lastDecision";

    static final String APPROVE = "APPROVE";
    static final String SEND_BACK = "SEND_BACK";
    static final String WITHDRAW = "WITHDRAW";
    static final String OVERRIDE = "OVERRIDE";

    private ChangeVariables() {
    }
}
