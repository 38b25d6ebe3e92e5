package io.cvmjourneys.channels;

import io.cvmjourneys.moments.Channel;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A channel's volume for one day in the operator's zone: what it sent so far and what waits to be
 * sent before the day ends, by kind and template, against what it can take a day.
 */
record DayVolume(Channel channel, LocalDate day, long sent, Map<MessageKind, Map<String, Long>> pending, int capacity) {

    long queued() {
        return pending.values().stream().flatMap(templates -> templates.values().stream()).mapToLong(Long::longValue).sum();
    }

    long queued(MessageKind kind) {
        return pending.getOrDefault(kind, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    long total() {
        return sent + queued();
    }

    /** How many more than the channel takes; 0 within its capacity. */
    long overflow() {
        return Math.max(0, total() - capacity);
    }

    /** "SMS on 2026-11-23: 40 sent, 1,300 queued, 1,340 in all against 1,200 it takes a day: 140 over." */
    String summary() {
        return String.format(Locale.ROOT, "%s on %s: %,d sent, %,d queued, %,d in all against %,d it takes a day: %,d over.",
                channel, day, sent, queued(), total(), capacity, overflow());
    }

    /** What waits, by kind then template, as the channel team plans it: "Commercial 1,200 (winback-offer 1,200); …". */
    String queuedSummary() {
        return pending.entrySet().stream().map(kind -> String.format(Locale.ROOT, "%s %,d (%s)", words(kind.getKey()),
                        queued(kind.getKey()), kind.getValue().entrySet().stream()
                                .map(template -> String.format(Locale.ROOT, "%s %,d", template.getKey(), template.getValue()))
                                .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("; ", "", "."));
    }

    private static String words(MessageKind kind) {
        return switch (kind) {
            case COMMERCIAL -> "Commercial, can wait a day:";
            case SERVICE -> "Service, sent today:";
            case MANDATORY -> "Mandatory, sent today:";
        };
    }
}
