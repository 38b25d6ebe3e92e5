package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.moments.Tnps;

/** Process variables of the device-upgrade journey (forms, decision tables and templates use the same names). */
public final class DeviceUpgradeVariables {

    public static final String PROCESS_ID = "device-upgrade";
    /** The step name the journey's next-best-action decisions are logged under. */
    static final String JOURNEY_STEP = "DEVICE_UPGRADE";

    // What started it (from the moment's data)
    public static final String SUBSCRIPTION_ID = "subscriptionId";
    public static final String FAULT = "fault";

    // The device and contract assessment (${assessDevice}); the eligibility table's inputs
    public static final String CURRENT_DEVICE = "currentDevice";
    public static final String PLAN_NAME = "planName";
    public static final String MONTHLY_SPEND = "monthlySpend";
    public static final String DAYS_TO_LEASE_END = "daysToLeaseEnd";
    public static final String MONTHS_LEFT_ON_CONTRACT = "monthsLeftOnContract";
    public static final String DEVICE_AGE_MONTHS = "deviceAgeMonths";
    /** CURRENT or OVERDUE. */
    public static final String PAYMENT_STATUS = "paymentStatus";

    // dmn/upgrade-eligibility.dmn and dmn/device-needs.dmn
    /** FREE_UPGRADE, UPGRADE_WITH_FEE or NOT_ELIGIBLE. */
    public static final String ELIGIBILITY = "eligibility";
    public static final String UPGRADE_FEE = "upgradeFee";
    public static final String UPGRADE_TERMS = "upgradeTerms";
    public static final String INELIGIBLE_REASON = "ineligibleReason";
    public static final String USAGE_PROFILE = "usageProfile";
    public static final String BUDGET_BAND = "budgetBand";

    // The recommendation (${recommendDevice}); null recommendedDevice: no device offer now
    /** Input parameter: the channels to try, best first, comma-separated. */
    static final String OFFER_CHANNELS = "offerChannels";
    public static final String RECOMMENDED_DEVICE = "recommendedDevice";
    public static final String RECOMMENDED_DEVICE_NAME = "recommendedDeviceName";
    public static final String MONTHLY_INSTALMENT = "monthlyInstalment";
    public static final String OFFER_ACTION = "offerAction";
    public static final String OFFER_CHANNEL = "offerChannel";
    public static final String OFFER_DECISION_ID = "offerDecisionId";
    /** ACCEPTED or DECLINED: the customer's answer to the offer, or the order taken in the store. */
    public static final String OFFER_RESPONSE = "offerResponse";

    // Trade-in grading (store form) and dmn/trade-in-value.dmn
    /** A to D, or NONE when the customer keeps the old device. */
    public static final String CONDITION_GRADE = "conditionGrade";
    public static final String POWERS_ON = "powersOn";
    public static final String SCREEN_INTACT = "screenIntact";
    public static final String ACTIVATION_LOCK_REMOVED = "activationLockRemoved";
    public static final String TRADE_IN_VALUE = "tradeInValue";

    // The upgrade order (store form) and its fulfilment
    public static final String ORDERED_DEVICE = "orderedDevice";
    public static final String ORDERED_DEVICE_NAME = "orderedDeviceName";
    public static final String INSURANCE = "insurance";
    public static final String ACCESSORY_CASE = "accessoryCase";
    public static final String ACCESSORY_SCREEN_PROTECTOR = "accessoryScreenProtector";
    public static final String ACCESSORY_CHARGER = "accessoryCharger";
    public static final String ACCESSORIES_ORDERED = "accessoriesOrdered";
    public static final String ORDER_ID = "orderId";
    public static final String TRACKING_NUMBER = "trackingNumber";
    /** ORDERED, SHIPPED or DELIVERED. */
    public static final String DELIVERY_STATUS = "deliveryStatus";
    public static final String DELIVERED_AT = "deliveredAt";

    // After delivery
    public static final String NEW_DEVICE_IN_USE = "newDeviceInUse";
    public static final String OLD_DEVICE_HANDED_IN = "oldDeviceHandedIn";
    public static final String SURVEY_SCORE = Tnps.SURVEY_SCORE;

    static final String RECORDED_BY = "journey " + PROCESS_ID;

    private DeviceUpgradeVariables() {
    }
}
