package io.cvmjourneys.moments;

import java.util.List;

/**
 * One entry of a moment's {@code data} that a person fills in when they hand the moment in by hand
 * (the workspace's "start a journey"): its name in {@code data}, a label, and the choices if any.
 * The trigger still validates the data; this only says what to ask for.
 */
public record MomentField(String name, String label, Kind kind, boolean required, List<String> choices) {

    /** NUMBER: handed in as a number, as the API's JSON would carry it (an amount, a score), not as text. */
    public enum Kind { TEXT, LONG_TEXT, CHOICE, DATE, NUMBER }

    public MomentField {
        choices = List.copyOf(choices);
    }

    public static MomentField choice(String name, String label, boolean required, List<String> choices) {
        return new MomentField(name, label, Kind.CHOICE, required, choices);
    }

    public static MomentField of(String name, String label, Kind kind, boolean required) {
        return new MomentField(name, label, kind, required, List.of());
    }
}
