package io.cvmjourneys.journeys.onboarding;

/** What a new customer did with what they bought, as the journey tracks it. */
enum ServiceUse {
    CALL(OnboardingVariables.USED_CALLS),
    DATA(OnboardingVariables.USED_DATA),
    APP_LOGIN(OnboardingVariables.USED_APP),
    TOP_UP(OnboardingVariables.TOPPED_UP),
    PACKAGE(OnboardingVariables.TOPPED_UP);

    /** The journey's flag this use sets. */
    final String flag;

    ServiceUse(String flag) {
        this.flag = flag;
    }

    /** A call, data or the app: using the service, as opposed to paying for it. */
    boolean isServiceItself() {
        return this == CALL || this == DATA || this == APP_LOGIN;
    }
}
