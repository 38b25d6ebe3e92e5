package io.cvmjourneys.referrals;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The referral program's levers ({@code cvm.referrals}).
 *
 * @param linkBase          the web page a referral link opens; the code is its {@code ref} parameter
 * @param farmingWindowDays how far back the reward-farming check counts a referrer's friends
 * @param farmingLimit      friends joining within that window that make a referrer's next one suspect
 * @param newCustomerDays   a friend who was our customer longer than this before joining with a code is not new
 */
@ConfigurationProperties("cvm.referrals")
public record ReferralProperties(String linkBase, Integer farmingWindowDays, Integer farmingLimit, Integer newCustomerDays) {

    public ReferralProperties {
        linkBase = linkBase == null ? "https://www.cvmjourneys.io/join" : linkBase;
        farmingWindowDays = farmingWindowDays == null ? 30 : farmingWindowDays;
        farmingLimit = farmingLimit == null ? 3 : farmingLimit;
        newCustomerDays = newCustomerDays == null ? 30 : newCustomerDays;
    }
}
