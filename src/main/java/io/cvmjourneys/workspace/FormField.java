package io.cvmjourneys.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * One component of a Camunda Form as the workspace renders and validates it. {@code key} is the
 * process variable; display text has none. Rules are those the form declares under {@code validate};
 * {@code hide} is the component's conditional FEEL expression (without its leading "="), null when
 * it is always shown.
 */
record FormField(String id, Kind kind, String key, String label, String description, String text, boolean readonly,
                 Object defaultValue, Rules rules, List<Option> options, String dateSubtype, String hide,
                 Appearance appearance) {

    /** The Camunda Forms component types the journeys use; anything else is {@code UNSUPPORTED}. */
    enum Kind {
        TEXTFIELD, TEXTAREA, NUMBER, SELECT, RADIO, CHECKBOX, DATETIME, TEXT, UNSUPPORTED;

        static Kind of(String type) {
            return switch (type == null ? "" : type) {
                case "textfield" -> TEXTFIELD;
                case "textarea" -> TEXTAREA;
                case "number" -> NUMBER;
                case "select" -> SELECT;
                case "radio" -> RADIO;
                case "checkbox" -> CHECKBOX;
                case "datetime" -> DATETIME;
                case "text" -> TEXT;
                default -> UNSUPPORTED;
            };
        }

        /**
         * Why a value sent for such a field is not of the type Camunda Forms stores for it (a number, true
         * or false, else text), or null when it is: the journeys read the stored value by that type, and
         * the form's rules, which check what the value reads as, would let {@code "0"} pass for 0.
         */
        String wrongType(Object value) {
            if (value == null) {
                return null;
            }
            return switch (this) {
                case NUMBER -> value instanceof Number ? null : "Send a number, e.g. 10, not text or true/false.";
                case CHECKBOX -> value instanceof Boolean ? null : "Send true or false.";
                case UNSUPPORTED -> null;
                default -> value instanceof String ? null : "Send it as text, as the form does.";
            };
        }
    }

    /**
     * What a value must meet, as the form declares it: under {@code validate} (required, min/max,
     * minLength/maxLength, pattern, validationType phone or email), the datetime component's
     * {@code disallowPassedDates}, and custom properties (Camunda Modeler's "Custom properties"):
     * {@code maxDaysAhead} for a date window, {@code patternMessage}, the sentence an agent reads
     * when the pattern does not match, and {@code refuseWhen} with {@code refuseMessage}: a FEEL
     * condition over the form's values under which the value entered is refused, with the sentence
     * that says why (a rule between fields, e.g. no pausing a notice the law requires).
     */
    record Rules(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern,
                 String validationType, String patternMessage, boolean disallowPassedDates, Integer maxDaysAhead,
                 String refuseWhen, String refuseMessage) {
    }

    record Option(String label, String value) {
    }

    /**
     * How a value is written, as form-js shows it: {@code appearance.prefixAdorner} and
     * {@code suffixAdorner} beside the value (a currency, a unit) and a number's {@code decimalDigits}.
     */
    record Appearance(String prefix, String suffix, Integer decimalDigits) {

        /** A number as the form writes it, e.g. 28.9 with two decimal digits and "£" before it: £28.90. */
        String write(BigDecimal number) {
            BigDecimal digits = decimalDigits == null ? number : number.setScale(decimalDigits, RoundingMode.HALF_UP);
            return (prefix == null ? "" : prefix) + digits.toPlainString() + (suffix == null ? "" : suffix);
        }
    }

    /** A line of a display text: Camunda Forms write headings in Markdown ("#### Title"). */
    record Line(boolean heading, String text) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    FormField {
        options = List.copyOf(options);
    }

    /** A field the agent fills in; display text and read-only fields are shown, never submitted. */
    public boolean isInput() {
        return key != null && !readonly && kind != Kind.TEXT;
    }

    public List<Line> lines() {
        if (text == null) {
            return List.of();
        }
        return text.lines().filter(line -> !line.isBlank())
                .map(line -> line.startsWith("#") ? new Line(true, line.replaceFirst("^#+\\s*", "")) : new Line(false, line))
                .toList();
    }

    /**
     * A text area's height: three lines to type in; a read-only one as tall as what it shows (a task's
     * figures, line by line), up to {@value #MOST_ROWS} lines, so the reader need not scroll a small box.
     */
    public int rows(Object value) {
        if (!readonly || value == null) {
            return TYPING_ROWS;
        }
        int lines = value.toString().lines().mapToInt(line -> 1 + line.length() / WRAP_AT).sum();
        return Math.max(TYPING_ROWS, Math.min(MOST_ROWS, lines));
    }

    private static final int TYPING_ROWS = 3;
    private static final int MOST_ROWS = 16;
    /** About the characters a line of the form's text area holds before it wraps. */
    private static final int WRAP_AT = 70;

    /** A read-only choice, date or number: the page shows what it says, as text, not a control nobody may use. */
    public boolean showsAsText() {
        return readonly && (kind == Kind.SELECT || kind == Kind.RADIO || kind == Kind.DATETIME || kind == Kind.NUMBER);
    }

    /**
     * A read-only value as the agent reads it: a choice by its label, a day written out ("Fri 20 Nov 2026"),
     * a number with its adorners and decimal digits ("£28.90"); a value the form has no words for as it
     * is, so nothing the journey knows is hidden.
     */
    public String shown(Object value) {
        if (value == null) {
            return null;
        }
        String raw = value.toString();
        if (kind == Kind.NUMBER) {
            try {
                return appearance.write(new BigDecimal(raw));
            } catch (NumberFormatException notANumber) {
                return raw;
            }
        }
        if (kind == Kind.DATETIME && "date".equals(htmlDateType())) {
            try {
                return DAY.format(LocalDate.parse(raw));
            } catch (DateTimeParseException notADay) {
                return raw;
            }
        }
        return options.stream().filter(option -> option.value().equals(raw)).map(Option::label).findFirst().orElse(raw);
    }

    public boolean hasOption(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }

    /** The earliest day a date field takes, or null: today when the form disallows passed dates. */
    public LocalDate earliestDay(LocalDate today) {
        return kind == Kind.DATETIME && rules.disallowPassedDates() ? today : null;
    }

    /** The latest day a date field takes, or null when the form sets no window. */
    public LocalDate latestDay(LocalDate today) {
        return kind == Kind.DATETIME && rules.maxDaysAhead() != null ? today.plusDays(rules.maxDaysAhead()) : null;
    }

    /** The HTML input type of a datetime component: date, time or datetime-local. */
    public String htmlDateType() {
        return switch (dateSubtype == null ? "date" : dateSubtype) {
            case "time" -> "time";
            case "datetime" -> "datetime-local";
            default -> "date";
        };
    }
}
