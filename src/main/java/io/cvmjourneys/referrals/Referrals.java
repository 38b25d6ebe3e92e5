package io.cvmjourneys.referrals;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.channels.OutboundMessage;
import io.cvmjourneys.channels.OutboundMessages;
import io.cvmjourneys.customer.Customer;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.HomeMoves;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral program's records. A customer's code is issued once and kept; a lead is booked once
 * per reference; a friend is referred once, to the owner of the code they joined with, and their
 * referral's status follows the journey from the checks to the reward.
 */
@Service
public class Referrals {

    /** Letters and digits nobody misreads on a receipt or over the phone (no 0/O, 1/I/L). */
    private static final char[] CODE_CHARACTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_SUFFIX = 4;
    private static final int CODE_NAME = 6;

    /** A customer's code, and the link that carries it. */
    public record ReferralCode(String customerId, String code, String link) {
    }

    /** A lead booked, whose code brought it, and whether the same lead had been booked before. */
    public record LeadReceipt(String reference, String referrerId, boolean repeated) {
    }

    /** What the workspace shows on a customer's page: their code and how their friends did. */
    public record ReferrerStanding(Optional<ReferralCode> code, int leads, int joined, int rewarded, BigDecimal rewardsEarned) {
    }

    /** The referrer hears that their friend left their details. */
    static final String LEAD_RECEIVED = "referral-lead-received";

    private final JdbcClient jdbc;
    private final OutboundMessages outbox;
    private final CustomerDirectory customers;
    private final ReferralChecks checks;
    private final HomeMoves homes;
    private final ReferralProperties properties;
    private final SecureRandom random = new SecureRandom();

    Referrals(JdbcClient jdbc, OutboundMessages outbox, CustomerDirectory customers, ReferralChecks checks, HomeMoves homes,
              ReferralProperties properties) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.customers = customers;
        this.checks = checks;
        this.homes = homes;
        this.properties = properties;
    }

    /**
     * The customer's code, issued the first time anyone asks for it. The customer's row is held while
     * it is issued, so two requests at once issue one code.
     */
    @Transactional
    public ReferralCode codeOf(String customerId, Instant at) {
        Customer customer = customer(customerId, "customerId");
        hold(customerId);
        return issuedCode(customerId).orElseGet(() -> {
            String code = newCode(customer.name());
            while (ownerOf(code).isPresent()) {
                code = newCode(customer.name());
            }
            jdbc.sql("INSERT INTO cvm.referral_code (customer_id, code, issued_at) VALUES (?, ?, ?)")
                    .params(customerId, code, Timestamp.from(at)).update();
            return issuedCode(customerId).orElseThrow();
        });
    }

    /** The customer whose code it is. */
    public Optional<String> ownerOf(String code) {
        return jdbc.sql("SELECT customer_id FROM cvm.referral_code WHERE code = ?").param(normalised(code))
                .query(String.class).optional();
    }

    /** Books a friend's interest under the code's owner: refused (400) for a code nobody has. */
    @Transactional
    public LeadReceipt recordLead(ReferralLead lead, Instant at) {
        if (lead.email() == null && lead.phone() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A lead needs an e-mail address or a phone number to reach the friend",
                    "email");
        }
        String code = normalised(lead.code());
        String referrer = ownerOf(code).orElseThrow(() -> unknownCode(code));
        // a lead sent twice at once is booked once: the second waits for the first
        hold(referrer);
        Optional<ReferralLead> booked = lead(lead.reference());
        if (booked.isPresent()) {
            if (!booked.get().equals(withCode(lead, code))) {
                throw new ApiException(HttpStatus.CONFLICT, "Lead " + lead.reference() + " was booked before with other"
                        + " details", "reference");
            }
            return new LeadReceipt(lead.reference(), referrer, true);
        }
        jdbc.sql("""
                INSERT INTO cvm.referral_lead (reference, code, referrer_id, name, email, phone, postcode, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lead.reference(), code, referrer, lead.name().strip(), lead.email(), lead.phone(),
                        lead.postcode() == null ? null : lead.postcode().strip().toUpperCase(Locale.ROOT), Timestamp.from(at))
                .update();
        Customer owner = customer(referrer, "code");
        outbox.queue(new OutboundMessage(referrer, owner.email() == null ? Channel.SMS : Channel.EMAIL, MessageKind.SERVICE,
                LEAD_RECEIVED, Map.of("customerName", owner.name(), "friendName", lead.name().strip()),
                "referral-lead:" + lead.reference()));
        return new LeadReceipt(lead.reference(), referrer, false);
    }

    /**
     * Attributes a friend who joined with a code to the code's owner, with the friend's lead when one
     * under that code reaches them (the same e-mail or phone). The same friend and code again answer
     * the referral made the first time; another code is refused (409): a friend is referred once.
     */
    @Transactional
    public Referral attribute(String friendId, String code, String deviceId, Instant at) {
        String normalised = normalised(code);
        String referrer = ownerOf(normalised).orElseThrow(() -> unknownCode(normalised));
        Optional<Referral> made = referral(friendId);
        if (made.isPresent()) {
            if (!made.get().code().equals(normalised)) {
                throw new ApiException(HttpStatus.CONFLICT, "Customer " + friendId + " joined with code " + made.get().code()
                        + " before: a friend is referred once", "data.code");
            }
            return made.get();
        }
        Customer friend = customer(friendId, "customerId");
        Optional<String> lead = jdbc.sql("""
                SELECT reference FROM cvm.referral_lead
                WHERE code = ? AND converted_to IS NULL AND (email = ? OR phone = ?)
                ORDER BY received_at DESC, reference FETCH FIRST 1 ROWS ONLY""")
                .params(normalised, friend.email(), friend.phone()).query(String.class).optional();
        jdbc.sql("""
                INSERT INTO cvm.referral (friend_id, referrer_id, code, lead_reference, device_id, activated_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(friendId, referrer, normalised, lead.orElse(null), deviceId, Timestamp.from(at),
                        Referral.Status.ACTIVATED.name()).update();
        lead.ifPresent(reference -> jdbc.sql("UPDATE cvm.referral_lead SET converted_to = ? WHERE reference = ?")
                .params(friendId, reference).update());
        return referral(friendId).orElseThrow();
    }

    /**
     * Runs the fraud checks on the friend's referral and keeps what they found; a finding puts the
     * referral in review. Answers the findings, one line per rule.
     */
    @Transactional
    public List<String> check(String friendId, LocalDate today) {
        Referral referral = referral(friendId).orElseThrow();
        CustomerContext referrer = customers.context(referral.referrerId()).orElseThrow();
        CustomerContext friend = customers.context(friendId).orElseThrow();
        Instant windowStart = referral.activatedAt().minus(Duration.ofDays(properties.farmingWindowDays()));
        int earlierFriends = jdbc.sql("""
                SELECT COUNT(*) FROM cvm.referral
                WHERE referrer_id = ? AND friend_id <> ? AND activated_at >= ? AND activated_at <= ?""")
                .params(referral.referrerId(), friendId, Timestamp.from(windowStart), Timestamp.from(referral.activatedAt()))
                .query(Integer.class).single();
        boolean deviceSeen = referral.deviceId() != null && jdbc.sql(
                        "SELECT COUNT(*) FROM cvm.referral WHERE device_id = ? AND friend_id <> ?")
                .params(referral.deviceId(), friendId).query(Integer.class).single() > 0;
        List<String> findings = checks.run(new ReferralCase(referral, referrer, friend,
                homes.billedAddress(referral.referrerId(), today), homes.billedAddress(friendId, today), earlierFriends,
                deviceSeen, today));
        if (!findings.isEmpty()) {
            jdbc.sql("UPDATE cvm.referral SET status = ?, findings = ? WHERE friend_id = ?")
                    .params(Referral.Status.IN_REVIEW.name(), truncated(String.join("\n", findings)), friendId).update();
        }
        return findings;
    }

    /** A person's decision on a referral in review. */
    @Transactional
    public void recordReview(String friendId, boolean approved, String decidedBy, Instant at) {
        jdbc.sql("UPDATE cvm.referral SET status = ?, decided_by = ?, decided_at = ? WHERE friend_id = ?")
                .params((approved ? Referral.Status.ACTIVATED : Referral.Status.REJECTED).name(), decidedBy, Timestamp.from(at),
                        friendId).update();
    }

    /** The friend asked to leave, or did not pay, within the qualifying period: no reward. */
    @Transactional
    public void recordNotQualified(String friendId) {
        jdbc.sql("UPDATE cvm.referral SET status = ? WHERE friend_id = ?").params(Referral.Status.NOT_QUALIFIED.name(), friendId)
                .update();
    }

    @Transactional
    public void recordReward(String friendId, BigDecimal referrerReward, BigDecimal friendReward, Instant at) {
        jdbc.sql("UPDATE cvm.referral SET status = ?, referrer_reward = ?, friend_reward = ?, rewarded_at = ? WHERE friend_id = ?")
                .params(Referral.Status.REWARDED.name(), referrerReward, friendReward, Timestamp.from(at), friendId).update();
    }

    public Optional<Referral> referral(String friendId) {
        return jdbc.sql("SELECT * FROM cvm.referral WHERE friend_id = ?").param(friendId).query(Referrals::referral).optional();
    }

    /** Rewards the referrer was paid in the calendar year, for the yearly cap. */
    public int rewardedInYear(String referrerId, int year, ZoneId zone) {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.referral WHERE referrer_id = ? AND rewarded_at >= ? AND rewarded_at < ?")
                .params(referrerId, Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()),
                        Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()))
                .query(Integer.class).single();
    }

    public ReferrerStanding standing(String customerId) {
        int leads = jdbc.sql("SELECT COUNT(*) FROM cvm.referral_lead WHERE referrer_id = ?").param(customerId)
                .query(Integer.class).single();
        return jdbc.sql("""
                SELECT COUNT(*) AS joined, COUNT(CASE WHEN status = 'REWARDED' THEN 1 END) AS rewarded,
                       COALESCE(SUM(referrer_reward), 0) AS earned
                FROM cvm.referral WHERE referrer_id = ?""")
                .param(customerId)
                .query((rs, row) -> new ReferrerStanding(issuedCode(customerId), leads, rs.getInt("joined"),
                        rs.getInt("rewarded"), rs.getBigDecimal("earned")))
                .single();
    }

    /** The program's funnel for leads and friends who joined from {@code from} until (not including) {@code to}. */
    public ReferralFigures figures(Instant from, Instant to) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        int[] leads = jdbc.sql("""
                SELECT COUNT(DISTINCT referrer_id), COUNT(*), COUNT(converted_to) FROM cvm.referral_lead
                WHERE received_at >= ? AND received_at < ?""")
                .params(start, end).query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).single();
        return jdbc.sql("""
                SELECT COUNT(*) AS joined,
                       COUNT(CASE WHEN status = 'IN_REVIEW' THEN 1 END) AS in_review,
                       COUNT(CASE WHEN status = 'REJECTED' THEN 1 END) AS rejected,
                       COUNT(CASE WHEN status = 'NOT_QUALIFIED' THEN 1 END) AS not_qualified,
                       COUNT(CASE WHEN status = 'REWARDED' THEN 1 END) AS rewarded,
                       COALESCE(SUM(referrer_reward), 0) + COALESCE(SUM(friend_reward), 0) AS rewards_paid
                FROM cvm.referral WHERE activated_at >= ? AND activated_at < ?""")
                .params(start, end)
                .query((rs, row) -> new ReferralFigures(leads[0], leads[1], leads[2], rs.getInt("joined"),
                        rs.getInt("in_review"), rs.getInt("rejected"), rs.getInt("not_qualified"), rs.getInt("rewarded"),
                        averageDaysToReward(start, end), rs.getBigDecimal("rewards_paid")))
                .single();
    }

    private Double averageDaysToReward(Timestamp from, Timestamp to) {
        List<Double> days = jdbc.sql("""
                SELECT activated_at, rewarded_at FROM cvm.referral
                WHERE activated_at >= ? AND activated_at < ? AND rewarded_at IS NOT NULL""")
                .params(from, to)
                .query((rs, row) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())
                        .toHours() / 24.0)
                .list();
        return days.isEmpty() ? null : days.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private void hold(String customerId) {
        jdbc.sql("SELECT id FROM cvm.customer WHERE id = ? FOR UPDATE").param(customerId).query(String.class).single();
    }

    private Optional<ReferralCode> issuedCode(String customerId) {
        return jdbc.sql("SELECT code FROM cvm.referral_code WHERE customer_id = ?").param(customerId).query(String.class)
                .optional().map(code -> new ReferralCode(customerId, code, properties.linkBase() + "?ref=" + code));
    }

    private Optional<ReferralLead> lead(String reference) {
        return jdbc.sql("SELECT reference, code, name, email, phone, postcode FROM cvm.referral_lead WHERE reference = ?")
                .param(reference)
                .query((rs, row) -> new ReferralLead(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .optional();
    }

    private static ReferralLead withCode(ReferralLead lead, String code) {
        return new ReferralLead(lead.reference(), code, lead.name().strip(), lead.email(), lead.phone(),
                lead.postcode() == null ? null : lead.postcode().strip().toUpperCase(Locale.ROOT));
    }

    private Customer customer(String customerId, String field) {
        return customers.context(customerId).map(CustomerContext::customer).orElseThrow(() -> new ApiException(
                HttpStatus.NOT_FOUND, "Customer " + customerId + " is not known", field));
    }

    /** The first name's letters, as far as they go in plain capitals, then a random part: "ANNA-7K3Q". */
    private String newCode(String name) {
        String letters = Normalizer.normalize(name.strip().split("\\s+")[0], Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        StringBuilder code = new StringBuilder(letters.isEmpty() ? "FRIEND" : letters.substring(0, Math.min(CODE_NAME,
                letters.length()))).append('-');
        for (int i = 0; i < CODE_SUFFIX; i++) {
            code.append(CODE_CHARACTERS[random.nextInt(CODE_CHARACTERS.length)]);
        }
        return code.toString();
    }

    private static String normalised(String code) {
        return Objects.requireNonNull(code).strip().toUpperCase(Locale.ROOT);
    }

    private static ApiException unknownCode(String code) {
        return new ApiException(HttpStatus.BAD_REQUEST, "No customer has the referral code '" + code + "'", "code");
    }

    private static String truncated(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        String findings = rs.getString("findings");
        Timestamp rewardedAt = rs.getTimestamp("rewarded_at");
        return new Referral(rs.getString("friend_id"), rs.getString("referrer_id"), rs.getString("code"),
                rs.getString("lead_reference"), rs.getString("device_id"), rs.getTimestamp("activated_at").toInstant(),
                Referral.Status.valueOf(rs.getString("status")),
                findings == null ? List.of() : Arrays.asList(findings.split("\n")), rs.getBigDecimal("referrer_reward"),
                rs.getBigDecimal("friend_reward"), rewardedAt == null ? null : rewardedAt.toInstant());
    }
}
