package io.cvmjourneys.programs;

import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program definitions: read the version in force and its history, define a program, change it,
 * move it through its statuses. Every change is a new version with who, when and why; a change
 * made on a version someone else has changed meanwhile is refused, not merged.
 */
@Service
public class Programs {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{2,59}");
    static final int MAX_KPIS = 10;
    private static final int MAX_TEXT = 2000;
    private static final int MAX_NAME = 120;
    private static final int MAX_REASON = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProgramVersions versions;
    private final ProgramMeasures measures;
    private final Clock clock;

    Programs(ProgramVersions versions, ProgramMeasures measures, Clock clock) {
        this.versions = versions;
        this.measures = measures;
        this.clock = clock;
    }

    /** Every program as it stands, by name. */
    public List<ProgramDefinition> all() {
        return versions.current();
    }

    public Optional<ProgramDefinition> find(String id) {
        return versions.current(id);
    }

    /** Every version of the program, newest first; empty for a program nobody defined. */
    public List<ProgramDefinition> history(String id) {
        return versions.history(id);
    }

    /** What the program's KPIs may measure. */
    public List<String> measuresOf(String id) {
        return measures.measuresOf(id);
    }

    /** Defines a new program as a draft. */
    @Transactional
    public ProgramDefinition define(String id, ProgramDraft draft, String by, String reason) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A program's key is 3 to 60 lower-case letters, digits and"
                    + " hyphens, starting with a letter, e.g. device-recycling", "id");
        }
        ProgramDefinition first = version(id, 1, checked(id, draft, List.of()), ProgramStatus.DRAFT, by, reason);
        if (!versions.add(first)) {
            throw new ApiException(HttpStatus.CONFLICT, "There is a program '" + id + "' already", "id");
        }
        return first;
    }

    /**
     * Keeps the manager's change as the program's next version, in the status it has.
     *
     * @param seen the version the manager changed; a newer one means someone else changed it meanwhile
     */
    @Transactional
    public ProgramDefinition change(String id, int seen, ProgramDraft draft, String by, String reason) {
        ProgramDefinition current = find(id).orElseThrow(() -> unknown(id));
        if (current.status() == ProgramStatus.RETIRED) {
            throw new ApiException(HttpStatus.CONFLICT, "\u201c" + current.name() + "\u201d is retired: define a new program instead");
        }
        // what to fix in the change first: redone on a newer version, it would be refused again
        ProgramDefinition next = version(id, seen + 1, checked(id, draft, current.kpis()), current.status(), by, reason);
        if (current.version() != seen) {
            throw stale(current);
        }
        return add(next);
    }

    /** Moves the program to the status; approval is a second manager's, not the one who made the last change. */
    @Transactional
    public ProgramDefinition move(String id, int seen, ProgramStatus status, String by, String reason) {
        if (status == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say which status: " + List.of(ProgramStatus.values()), "status");
        }
        ProgramDefinition current = current(id, seen);
        if (!current.status().next().contains(status)) {
            throw new ApiException(HttpStatus.CONFLICT, "\u201c" + current.name() + "\u201d is " + current.status()
                    + ": it can go to " + (current.status().next().isEmpty() ? "no other status" : current.status().next())
                    + ", not " + status, "status");
        }
        if (status == ProgramStatus.APPROVED && current.changedBy().equals(by)) {
            throw new ApiException(HttpStatus.CONFLICT, "A second manager approves a program: you made its last change", "status");
        }
        return add(version(id, seen + 1, current.draft(), status, by, reason));
    }

    private ProgramDefinition current(String id, int seen) {
        ProgramDefinition current = find(id).orElseThrow(() -> unknown(id));
        if (current.version() != seen) {
            throw stale(current);
        }
        return current;
    }

    private ProgramDefinition add(ProgramDefinition next) {
        if (!versions.add(next)) {
            throw stale(versions.current(next.id()).orElseThrow());
        }
        return next;
    }

    private static ApiException unknown(String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "No program '" + id + "'");
    }

    private static ApiException stale(ProgramDefinition current) {
        return new ApiException(HttpStatus.CONFLICT, current.changedBy() + " changed \u201c" + current.name()
                + "\u201d meanwhile (version " + current.version() + "): open it again and redo your change", "version");
    }

    private ProgramDefinition version(String id, int number, ProgramDraft draft, ProgramStatus status, String by, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say why, in at most " + MAX_REASON + " characters: the"
                    + " program's history keeps it", "reason");
        }
        Instant now = clock.instant();
        return new ProgramDefinition(id, number, draft.name().strip(), draft.purpose().strip(), draft.owner().strip(),
                draft.businessOutcomes(), draft.customerOutcomes(), draft.kpis(), status, by, now, reason.strip());
    }

    /** @param kept the KPIs the program has: a measure it already names stays allowed if configuration dropped it */
    private ProgramDraft checked(String id, ProgramDraft draft, List<ProgramKpi> kept) {
        required(draft.name(), MAX_NAME, "name", "a name");
        required(draft.purpose(), MAX_TEXT, "purpose", "its purpose");
        required(draft.owner(), MAX_NAME, "owner", "who owns it");
        outcomes(draft.businessOutcomes(), "businessOutcomes", "the business outcomes it is for (more revenue, lower churn…)");
        outcomes(draft.customerOutcomes(), "customerOutcomes", "what customers get from it");
        if (draft.kpis().size() > MAX_KPIS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "At most " + MAX_KPIS + " KPIs per program", "kpis");
        }
        List<String> known = new ArrayList<>(measures.measuresOf(id));
        kept.stream().map(ProgramKpi::measure).filter(measure -> !known.contains(measure)).forEach(known::add);
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        List<ProgramKpi> kpis = draft.kpis().stream().map(kpi -> checked(kpi, known, seen, today)).toList();
        return new ProgramDraft(draft.name(), draft.purpose(), draft.owner(), draft.businessOutcomes(),
                draft.customerOutcomes(), kpis);
    }

    private static ProgramKpi checked(ProgramKpi kpi, List<String> known, Set<String> seen, LocalDate today) {
        if (kpi == null || kpi.measure() == null || !known.contains(kpi.measure())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A KPI measures one of the program's figures: "
                    + String.join(", ", known), "kpis");
        }
        if (!seen.add(kpi.measure())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "\u201c" + kpi.measure() + "\u201d is in the list twice", "kpis");
        }
        boolean anyTargetPart = kpi.baseline() != null || kpi.target() != null || kpi.targetBy() != null;
        if (!anyTargetPart) {
            return new ProgramKpi(kpi.measure(), null, null, null, null);
        }
        String measure = "\u201c" + kpi.measure() + "\u201d";
        if (kpi.baseline() == null || kpi.target() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, measure + ": a target needs the baseline it starts from and"
                    + " the figure to reach", "kpis");
        }
        if (kpi.targetBy() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, measure + ": a target needs the date to reach it by", "kpis");
        }
        LocalDate baselineOn = kpi.baselineOn() == null ? today : kpi.baselineOn();
        if (!kpi.targetBy().isAfter(baselineOn)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, measure + ": the target's date must come after the baseline's", "kpis");
        }
        if (kpi.target().compareTo(kpi.baseline()) == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, measure + ": a target differs from the baseline", "kpis");
        }
        BigDecimal lowest = kpi.measuresTnps() ? HUNDRED.negate() : BigDecimal.ZERO;
        if (outside(kpi.baseline(), lowest) || outside(kpi.target(), lowest)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, measure + " runs from " + lowest + " to 100", "kpis");
        }
        if (kpi.baseline().scale() > 2 || kpi.target().scale() > 2) {
            throw new ApiException(HttpStatus.BAD_REQUEST, measure + ": at most two decimals, like 18.25", "kpis");
        }
        return new ProgramKpi(kpi.measure(), kpi.baseline(), baselineOn, kpi.target(), kpi.targetBy());
    }

    private static boolean outside(BigDecimal value, BigDecimal lowest) {
        return value.compareTo(lowest) < 0 || value.compareTo(HUNDRED) > 0;
    }

    private static void required(String text, int max, String field, String what) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Give " + what + ", in at most " + max + " characters", field);
        }
    }

    private static void outcomes(List<String> lines, String field, String what) {
        if (lines.isEmpty() || String.join("\n", lines).length() > MAX_TEXT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Name " + what + ", one per line, in at most " + MAX_TEXT
                    + " characters", field);
        }
    }
}
