package io.cvmjourneys.loyalty;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points ledger. Points are spent and lapse oldest first: points earned more than twelve months
 * ago expire unless the member has spent at least as many since joining. A redemption holds the
 * member's row while it checks the balance, so two at once cannot spend the same points, and a
 * request sent again with its reference books nothing twice.
 */
@Service
public class LoyaltyLedger {

    /** How long earned points last. */
    public static final int MONTHS_POINTS_LAST = 12;
    /** A reminder's horizon: points lapsing within this many days are "expiring soon". */
    public static final int EXPIRY_NOTICE_DAYS = 31;
    public static final String FIRST_TIER = "BRONZE";
    /** The tiers dmn/loyalty-tier.dmn gives, highest first (others, a manager's new ones, come after). */
    static final List<String> TIER_ORDER = List.of("GOLD", "SILVER", FIRST_TIER);
    /** More than any single earning or redemption the program has: a guard against a typo's millions. */
    public static final int MAX_POINTS = 100_000;
    static final int MAX_TEXT = 200;
    private static final int RECENT_ENTRIES = 10;

    /** A row booked, the balance after it, and whether the same request had booked it before. */
    public record Booking(LoyaltyEntry entry, int balance, boolean repeated) {
    }

    private final JdbcClient jdbc;

    LoyaltyLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens (or reopens, after leaving) the customer's membership; answers whether it was not open. */
    @Transactional
    public boolean enrol(String customerId, LocalDate today, Instant at) {
        Optional<LoyaltyStatement> member = member(customerId);
        if (member.isEmpty()) {
            jdbc.sql("INSERT INTO cvm.loyalty_member (customer_id, enrolled_at, tier, tier_since) VALUES (?, ?, ?, ?)")
                    .params(customerId, Timestamp.from(at), FIRST_TIER, today).update();
            return true;
        }
        if (!member.get().isMember()) {
            jdbc.sql("UPDATE cvm.loyalty_member SET left_at = NULL, enrolled_at = ?, tier = ?, tier_since = ? WHERE customer_id = ?")
                    .params(Timestamp.from(at), FIRST_TIER, today, customerId).update();
            return true;
        }
        return false;
    }

    /** Books points a member earned; they last {@value #MONTHS_POINTS_LAST} months from today. */
    @Transactional
    public Booking earn(String customerId, int points, String reason, String reference, Channel channel, String bookedBy,
                        LocalDate today, Instant at) {
        requirePoints(points);
        return book(activeMember(customerId), new LoyaltyEntry(LoyaltyEntry.Kind.EARN, points, text(reason, "reason"),
                text(reference, "reference"), channel == null ? null : channel.name(), bookedBy, at,
                today.plusMonths(MONTHS_POINTS_LAST)));
    }

    /**
     * Spends points on a reward: refused (409) beyond the balance. The member's row is held until the
     * booking commits, so a second redemption waits and then sees the first.
     */
    @Transactional
    public Booking redeem(String customerId, int points, String reward, String reference, Channel channel, String bookedBy,
                          Instant at) {
        requirePoints(points);
        String member = hold(activeMember(customerId));
        LoyaltyEntry redemption = new LoyaltyEntry(LoyaltyEntry.Kind.REDEEM, -points, text(reward, "reward"),
                text(reference, "reference"), channel == null ? null : channel.name(), bookedBy, at, null);
        return booked(member, redemption).orElseGet(() -> {
            int balance = balance(member);
            if (points > balance) {
                throw new ApiException(HttpStatus.CONFLICT, "The balance is " + balance + " points: " + points
                        + " cannot be spent", "points");
            }
            return insert(member, redemption);
        });
    }

    /** Expires what was earned more than twelve months ago and not spent; answers the points expired. */
    @Transactional
    public int expireDue(String customerId, LocalDate today, Instant at) {
        hold(customerId);
        int due = Math.max(0, earnedLapsingBy(customerId, today) - consumed(customerId));
        if (due > 0) {
            book(customerId, new LoyaltyEntry(LoyaltyEntry.Kind.EXPIRE, -due, "Earned more than "
                    + MONTHS_POINTS_LAST + " months ago and not spent", "loyalty-expiry:" + customerId + ":" + today,
                    null, null, at, null));
        }
        return due;
    }

    /** Closes the membership: the points not spent lapse. */
    @Transactional
    public void close(String customerId, String reason, String reference, Instant at) {
        String member = hold(activeMember(customerId));
        int balance = balance(member);
        if (balance > 0) {
            book(member, new LoyaltyEntry(LoyaltyEntry.Kind.LAPSE, -balance, text(reason, "reason"), text(reference, "reference"),
                    null, null, at, null));
        }
        jdbc.sql("UPDATE cvm.loyalty_member SET left_at = ? WHERE customer_id = ?").params(Timestamp.from(at), member).update();
    }

    /** Keeps the member's tier from {@code since}; answers whether it changed. */
    @Transactional
    public boolean recordTier(String customerId, String tier, LocalDate since) {
        return jdbc.sql("UPDATE cvm.loyalty_member SET tier = ?, tier_since = ? WHERE customer_id = ? AND tier <> ?")
                .params(tier, since, activeMember(customerId), tier).update() > 0;
    }

    /** The tier of a customer who joined (left or not), without the ledger's figures. */
    public Optional<String> tier(String customerId) {
        return member(customerId).map(LoyaltyStatement::tier);
    }

    /** Where the member stands today; empty for a customer who never joined. */
    public Optional<LoyaltyStatement> statement(String customerId, LocalDate today) {
        return member(customerId).map(member -> {
            int soon = Math.max(0, earnedLapsingBy(customerId, today.plusDays(EXPIRY_NOTICE_DAYS)) - consumed(customerId));
            LocalDate by = soon == 0 ? null : jdbc.sql("""
                            SELECT MAX(expires_on) FROM cvm.loyalty_ledger
                            WHERE customer_id = ? AND kind = 'EARN' AND expires_on <= ?""")
                    .params(customerId, today.plusDays(EXPIRY_NOTICE_DAYS)).query(LocalDate.class).single();
            int earnedLastYear = jdbc.sql("""
                            SELECT COALESCE(SUM(points), 0) FROM cvm.loyalty_ledger
                            WHERE customer_id = ? AND kind = 'EARN' AND expires_on > ?""")
                    .params(customerId, today).query(Integer.class).single();
            List<LoyaltyEntry> recent = jdbc.sql("SELECT * FROM cvm.loyalty_ledger WHERE customer_id = ? ORDER BY booked_at DESC, id DESC")
                    .param(customerId).query(LoyaltyLedger::entry).list().stream().limit(RECENT_ENTRIES).toList();
            return new LoyaltyStatement(customerId, member.tier(), member.tierSince(), member.enrolledAt(), member.leftAt(),
                    balance(customerId), earnedLastYear, soon, by, recent);
        });
    }

    /** The program's figures for the period [from, to): members at its end, and the points that moved in it. */
    public LoyaltyFigures figures(Instant from, Instant to) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        Map<String, Integer> byTier = new TreeMap<>(Comparator.comparing(
                (String tier) -> TIER_ORDER.contains(tier) ? TIER_ORDER.indexOf(tier) : TIER_ORDER.size()).thenComparing(tier -> tier));
        jdbc.sql("""
                        SELECT tier, COUNT(*) AS members FROM cvm.loyalty_member
                        WHERE enrolled_at < ? AND (left_at IS NULL OR left_at >= ?) GROUP BY tier""")
                .params(end, end)
                .query((RowCallbackHandler) row -> byTier.put(row.getString("tier"), row.getInt("members")));
        int joined = count("SELECT COUNT(*) FROM cvm.loyalty_member WHERE enrolled_at >= ? AND enrolled_at < ?", start, end);
        int left = count("SELECT COUNT(*) FROM cvm.loyalty_member WHERE left_at >= ? AND left_at < ?", start, end);
        return new LoyaltyFigures(byTier.values().stream().mapToInt(Integer::intValue).sum(), byTier, joined, left,
                moved("'EARN'", start, end), -moved("'REDEEM'", start, end), -moved("'EXPIRE', 'LAPSE'", start, end),
                jdbc.sql("SELECT COALESCE(SUM(points), 0) FROM cvm.loyalty_ledger WHERE booked_at < ?").param(end)
                        .query(Long.class).single());
    }

    private int count(String sql, Timestamp start, Timestamp end) {
        return jdbc.sql(sql).params(start, end).query(Integer.class).single();
    }

    private long moved(String kinds, Timestamp start, Timestamp end) {
        return jdbc.sql("SELECT COALESCE(SUM(points), 0) FROM cvm.loyalty_ledger WHERE kind IN (" + kinds
                        + ") AND booked_at >= ? AND booked_at < ?")
                .params(start, end).query(Long.class).single();
    }

    private Booking book(String customerId, LoyaltyEntry entry) {
        return booked(customerId, entry).orElseGet(() -> insert(customerId, entry));
    }

    private Booking insert(String customerId, LoyaltyEntry entry) {
        jdbc.sql("""
                        INSERT INTO cvm.loyalty_ledger (customer_id, kind, points, reason, reference, channel, booked_by, booked_at,
                                                        expires_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(customerId, entry.kind().name(), entry.points(), entry.reason(), entry.reference(), entry.channel(),
                        entry.bookedBy(), Timestamp.from(entry.bookedAt()),
                        entry.expiresOn() == null ? null : Date.valueOf(entry.expiresOn()))
                .update();
        return new Booking(entry, balance(customerId), false);
    }

    /** The row a reference booked before: the same request again, or a clash (409) when it asked for something else. */
    private Optional<Booking> booked(String customerId, LoyaltyEntry entry) {
        return jdbc.sql("SELECT * FROM cvm.loyalty_ledger WHERE reference = ?").param(entry.reference())
                .query((row, n) -> Map.entry(row.getString("customer_id"), entry(row, n))).optional()
                .map(earlier -> {
                    LoyaltyEntry booked = earlier.getValue();
                    if (!earlier.getKey().equals(customerId) || booked.kind() != entry.kind() || booked.points() != entry.points()) {
                        throw new ApiException(HttpStatus.CONFLICT, "Reference " + entry.reference() + " already booked "
                                + booked.points() + " points (" + booked.kind() + ") for " + earlier.getKey()
                                + ": use a new reference", "reference");
                    }
                    return new Booking(booked, balance(customerId), true);
                });
    }

    private int balance(String customerId) {
        return jdbc.sql("SELECT COALESCE(SUM(points), 0) FROM cvm.loyalty_ledger WHERE customer_id = ?").param(customerId)
                .query(Integer.class).single();
    }

    /** Points earned that lapse on or before the day. */
    private int earnedLapsingBy(String customerId, LocalDate day) {
        return jdbc.sql("SELECT COALESCE(SUM(points), 0) FROM cvm.loyalty_ledger WHERE customer_id = ? AND kind = 'EARN' AND expires_on <= ?")
                .params(customerId, day).query(Integer.class).single();
    }

    /** Every point that left the balance: spent, expired or lapsed (oldest first, so the oldest earnings go first). */
    private int consumed(String customerId) {
        return -jdbc.sql("SELECT COALESCE(SUM(points), 0) FROM cvm.loyalty_ledger WHERE customer_id = ? AND kind <> 'EARN'")
                .param(customerId).query(Integer.class).single();
    }

    /**
     * Holds the member's row until the transaction ends: whatever takes points out of the balance
     * (a redemption, an expiry, the close) waits for the others, so the same points never leave twice.
     */
    private String hold(String customerId) {
        return jdbc.sql("SELECT customer_id FROM cvm.loyalty_member WHERE customer_id = ? FOR UPDATE").param(customerId)
                .query(String.class).single();
    }

    private String activeMember(String customerId) {
        LoyaltyStatement member = member(customerId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "Customer "
                + customerId + " is not a member of the loyalty program", "customerId"));
        if (!member.isMember()) {
            throw new ApiException(HttpStatus.CONFLICT, "Customer " + customerId + " left the loyalty program on "
                    + member.leftAt() + ": their points lapsed", "customerId");
        }
        return customerId;
    }

    /** The member's row alone, without the ledger's figures. */
    private Optional<LoyaltyStatement> member(String customerId) {
        return jdbc.sql("SELECT * FROM cvm.loyalty_member WHERE customer_id = ?").param(customerId)
                .query((row, n) -> new LoyaltyStatement(customerId, row.getString("tier"), row.getObject("tier_since", LocalDate.class),
                        instant(row, "enrolled_at"), instant(row, "left_at"), 0, 0, 0, null, List.of()))
                .optional();
    }

    private static void requirePoints(int points) {
        if (points <= 0 || points > MAX_POINTS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "points must be a whole number from 1 to " + MAX_POINTS, "points");
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, field + " must be text of 1 to " + MAX_TEXT + " characters", field);
        }
        return value.strip();
    }

    private static LoyaltyEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new LoyaltyEntry(LoyaltyEntry.Kind.valueOf(row.getString("kind")), row.getInt("points"), row.getString("reason"),
                row.getString("reference"), row.getString("channel"), row.getString("booked_by"), instant(row, "booked_at"),
                row.getObject("expires_on", LocalDate.class));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
