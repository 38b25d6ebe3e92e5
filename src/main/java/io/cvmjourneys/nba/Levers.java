package io.cvmjourneys.nba;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The levers in force and their versions. Each version takes effect from its instant until the next
 * one; before the first, the configuration's values hold (version 0). Every node reads the versions
 * from the database again once they are older than {@code cvm.nba.levers-refresh} (5 s), so a change
 * made on one node holds on all of them within that time, and a version scheduled ahead takes effect
 * on time everywhere without another read.
 */
@Service
public class Levers {

    public static final double MAX_WEIGHT = 10;
    public static final int MAX_WEEKLY_CAP = 50;
    private static final int MAX_REASON = 1000;

    /**
     * One version of the levers.
     *
     * @param version 0 for the configuration's values
     */
    public record LeverVersion(int version, Instant effectiveFrom, LeverSet levers, String changedBy, Instant changedAt,
                               String reason) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ActionCatalog catalog;
    private final Clock clock;
    private final NbaPolicies configured;
    private final LeverVersion base;
    private final RecentRead<List<LeverVersion>> recentVersions;
    /** The policies of the version last asked for, built once per version: every decision asks. */
    private volatile VersionedPolicies lastPolicies;

    private record VersionedPolicies(LeverVersion version, NbaPolicies policies) {
    }

    Levers(JdbcClient jdbc, ObjectMapper json, ActionCatalog catalog, Clock clock, NbaPolicies configured,
           @Value("${cvm.nba.levers-refresh:PT5S}") Duration refresh) {
        this.jdbc = jdbc;
        this.json = json;
        this.catalog = catalog;
        this.clock = clock;
        this.configured = configured;
        this.recentVersions = new RecentRead<>(this::load, refresh);
        this.base = new LeverVersion(0, Instant.EPOCH, LeverSet.of(configured), "configuration", null,
                "The values of the configuration (cvm.nba), before any change at run time");
    }

    /** The version in force now. */
    public LeverVersion current() {
        return at(clock.instant());
    }

    /** The version in force at the instant. */
    public LeverVersion at(Instant instant) {
        return versions().stream().filter(version -> !version.effectiveFrom().isAfter(instant))
                .max(Comparator.comparing(LeverVersion::effectiveFrom)).orElse(base);
    }

    /** The decision policies with the levers in force now. */
    public NbaPolicies policies() {
        LeverVersion version = current();
        VersionedPolicies last = lastPolicies;
        if (last == null || last.version() != version) {
            last = new VersionedPolicies(version, configured.with(version.levers()));
            lastPolicies = last;
        }
        return last.policies();
    }

    /** Every version, newest first, the configuration's last. */
    public List<LeverVersion> history() {
        List<LeverVersion> all = new ArrayList<>(versions());
        all.sort(Comparator.comparing(LeverVersion::effectiveFrom).reversed());
        all.add(base);
        return all;
    }

    /**
     * Keeps the levers as the next version, in force from {@code effectiveFrom} (now when null) until
     * a later one: a version starts after every version there is, and not in the past.
     */
    @Transactional
    public LeverVersion change(LeverSet levers, Instant effectiveFrom, String by, String reason) {
        check(levers);
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say why, in at most " + MAX_REASON + " characters: the"
                    + " levers' history keeps it", "reason");
        }
        Instant now = clock.instant();
        Instant from = effectiveFrom == null ? now : effectiveFrom;
        if (from.isBefore(now.minus(Duration.ofMinutes(1)))) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A change takes effect now or later, not in the past: what"
                    + " past decisions were made under stays as it was", "effectiveFrom");
        }
        List<LeverVersion> stored = load();
        LeverVersion latest = stored.stream().max(Comparator.comparing(LeverVersion::effectiveFrom)).orElse(base);
        if (latest.version() > 0 && !from.isAfter(latest.effectiveFrom())) {
            throw new ApiException(HttpStatus.CONFLICT, "It overlaps version " + latest.version() + ", in force from "
                    + latest.effectiveFrom() + ": a new version starts after it (change the time, or schedule after it)",
                    "effectiveFrom");
        }
        LeverVersion next = new LeverVersion(latest.version() + 1, from, levers, by, now, reason.strip());
        try {
            jdbc.sql("""
                            INSERT INTO cvm.nba_lever_version (version, effective_from, levers, changed_by, changed_at, change_reason)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(next.version(), Timestamp.from(from), write(levers), by, Timestamp.from(now), next.reason())
                    .update();
        } catch (DuplicateKeyException meanwhile) {
            throw new ApiException(HttpStatus.CONFLICT, "Someone else saved version " + next.version() + " meanwhile:"
                    + " open the levers again and redo your change", "version");
        }
        recentVersions.forget();
        return next;
    }

    /** Refuses levers no policy could use, saying which and why. */
    void check(LeverSet levers) {
        Set<String> programs = catalog.all().stream().map(Action::program).collect(Collectors.toSet());
        levers.programWeights().forEach((program, weight) -> {
            known(programs, program, "programWeights");
            if (weight == null || weight < 0 || weight > MAX_WEIGHT) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "A program's weight lies between 0 and " + (int) MAX_WEIGHT
                        + " (1 is neutral); " + program + " has " + weight, "programWeights");
            }
        });
        levers.holdout().forEach((program, share) -> {
            known(programs, program, "holdout");
            if (share == null || share < 0 || share > NbaPolicies.MAX_HOLDOUT) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "A holdout share lies between 0 and " + NbaPolicies.MAX_HOLDOUT
                        + "; " + program + " has " + share, "holdout");
            }
        });
        levers.weeklyCaps().forEach((channel, cap) -> {
            if (!configured.contact().isOutbound(channel)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, channel + " is not an outbound channel: caps apply to "
                        + configured.contact().outboundChannels().stream().map(Channel::name).sorted().toList(), "weeklyCaps");
            }
            weeklyCap(cap, "weeklyCaps");
        });
        if (levers.weeklyCapAllChannels() != null) {
            weeklyCap(levers.weeklyCapAllChannels(), "weeklyCapAllChannels");
        }
        if (levers.quietFrom() == null || levers.quietUntil() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Give the quiet hours' start and end (the same time for none)",
                    levers.quietFrom() == null ? "quietFrom" : "quietUntil");
        }
    }

    private static void known(Set<String> programs, String program, String field) {
        if (!programs.contains(program)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "No program '" + program + "' has actions in the catalog", field);
        }
    }

    private static void weeklyCap(Integer cap, String field) {
        if (cap == null || cap < 0 || cap > MAX_WEEKLY_CAP) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A weekly cap lies between 0 and " + MAX_WEEKLY_CAP + ", not "
                    + cap, field);
        }
    }

    private List<LeverVersion> versions() {
        return recentVersions.get();
    }

    private List<LeverVersion> load() {
        List<LeverVersion> versions = jdbc.sql("""
                        SELECT version, effective_from, levers, changed_by, changed_at, change_reason
                        FROM cvm.nba_lever_version ORDER BY effective_from""")
                .query((row, n) -> new LeverVersion(row.getInt("version"), row.getTimestamp("effective_from").toInstant(),
                        read(row.getString("levers")), row.getString("changed_by"), row.getTimestamp("changed_at").toInstant(),
                        row.getString("change_reason")))
                .list();
        return List.copyOf(versions);
    }

    private String write(LeverSet levers) {
        try {
            return json.writeValueAsString(levers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Levers cannot be written as JSON", e);
        }
    }

    private LeverSet read(String text) {
        try {
            return json.readValue(text, LeverSet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored version of the levers cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
