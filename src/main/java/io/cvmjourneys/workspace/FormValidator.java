package io.cvmjourneys.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a submitted task form against the rules the form itself declares (required, min/max,
 * minLength/maxLength, pattern, the offered options, date formats and windows, refuseWhen) and
 * turns the text a browser sends into the types Camunda Tasklist would store: numbers, booleans,
 * ISO date strings. A field its form hides for these values (conditional.hide) is neither checked
 * nor stored.
 */
final class FormValidator {

    /** A phone number somewhere in the text: an optional +, then at least seven digits with spaces, dashes or brackets. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()-]{5,}\\d");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * @param known the task's variables, which the form's conditions may read beside what was entered
     * @param today the operator's today, from which date windows count
     */
    static FormSubmission validate(CamundaForm form, Map<String, String> submitted, Map<String, Object> known,
                                   LocalDate today) {
        FormSubmission checked = check(form, submitted, known, today);
        Map<String, String> errors = new HashMap<>(checked.errors());
        for (FormField field : form.unsupported()) {
            errors.put(field.key(), "The workspace cannot show this kind of field: complete this task in Tasklist.");
        }
        return new FormSubmission(checked.entered(), checked.variables(), errors);
    }

    /** The form's own rules, whoever renders it: what {@link #validate} checks but whether the workspace can show it. */
    static FormSubmission check(CamundaForm form, Map<String, String> submitted, Map<String, Object> known,
                                LocalDate today) {
        Map<String, Object> values = values(form, submitted, known);
        Set<String> hidden = FormConditions.hiddenKeys(form, values);
        Map<String, String> entered = new HashMap<>();
        Map<String, Object> variables = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        for (FormField field : form.inputs()) {
            String value = entered(submitted, field);
            entered.put(field.key(), value);
            if (hidden.contains(field.key())) {
                continue;
            }
            Optional<String> problem = problem(field, value, today).or(() -> refusal(field, value, values));
            if (problem.isPresent()) {
                errors.put(field.key(), problem.get());
            } else if (field.kind() == FormField.Kind.CHECKBOX) {
                variables.put(field.key(), isTicked(value));
            } else if (!value.isEmpty()) {
                variables.put(field.key(), field.kind() == FormField.Kind.NUMBER ? number(new BigDecimal(value)) : value);
            }
        }
        return new FormSubmission(entered, variables, errors);
    }

    /** The fields hidden while the form shows these entries over the task's variables. */
    static Set<String> hiddenKeys(CamundaForm form, Map<String, String> submitted, Map<String, Object> known) {
        return FormConditions.hiddenKeys(form, values(form, submitted, known));
    }

    /** What the form's conditions read: the task's variables, overlaid with what was entered. */
    private static Map<String, Object> values(CamundaForm form, Map<String, String> submitted, Map<String, Object> known) {
        Map<String, Object> values = new HashMap<>(known);
        for (FormField field : form.inputs()) {
            String value = entered(submitted, field);
            values.put(field.key(), value.isEmpty() ? null : typed(field, value));
        }
        return values;
    }

    /** A value entered where the field's refuseWhen condition holds, refused with the form's own sentence. */
    private static Optional<String> refusal(FormField field, String value, Map<String, Object> values) {
        if (value.isEmpty() || !FormConditions.refuses(field, values)) {
            return Optional.empty();
        }
        return Optional.of(field.rules().refuseMessage() != null ? field.rules().refuseMessage()
                : "This choice is not possible here: check the field's description.");
    }

    private static String entered(Map<String, String> submitted, FormField field) {
        String raw = submitted.get(field.key());
        return raw == null ? "" : raw.strip();
    }

    /** A value as the form's conditions read it: numbers and booleans typed, the rest as text. */
    private static Object typed(FormField field, String value) {
        if (field.kind() == FormField.Kind.CHECKBOX) {
            return isTicked(value);
        }
        if (field.kind() == FormField.Kind.NUMBER) {
            try {
                return number(new BigDecimal(value));
            } catch (NumberFormatException notANumber) {
                return value;
            }
        }
        return value;
    }

    private static Optional<String> problem(FormField field, String value, LocalDate today) {
        FormField.Rules rules = field.rules();
        if (field.kind() == FormField.Kind.CHECKBOX && !value.isEmpty() && !isTicked(value) && !"false".equals(value)) {
            // a browser sends "on" or nothing; anything else came from a caller who must say yes or no
            return Optional.of("Tick it or leave it unticked: true or false.");
        }
        if (value.isEmpty() || field.kind() == FormField.Kind.CHECKBOX && !isTicked(value)) {
            return rules.required() ? Optional.of(requiredMessage(field.kind())) : Optional.empty();
        }
        return switch (field.kind()) {
            case NUMBER -> numberProblem(field, value);
            case SELECT, RADIO -> field.hasOption(value) ? Optional.empty() : Optional.of("Choose one of the options offered.");
            case DATETIME -> dateProblem(field, value, today);
            case TEXTFIELD, TEXTAREA -> textProblem(rules, value);
            default -> Optional.empty();
        };
    }

    private static Optional<String> numberProblem(FormField field, String value) {
        FormField.Rules rules = field.rules();
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return Optional.of("Enter a number, e.g. 10 or 12.5.");
        }
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
            return Optional.of("Must be at least " + rules.min().toPlainString() + ".");
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
            return Optional.of("Must be at most " + rules.max().toPlainString() + ".");
        }
        Integer digits = field.appearance().decimalDigits();
        if (digits != null && number.stripTrailingZeros().scale() > digits) {
            return Optional.of(digits == 0 ? "Enter a whole number." : "Use at most " + digits + " digits after the point.");
        }
        return Optional.empty();
    }

    private static Optional<String> textProblem(FormField.Rules rules, String value) {
        int length = value.codePointCount(0, value.length());
        if (rules.minLength() != null && length < rules.minLength()) {
            return Optional.of("Write at least " + rules.minLength() + " characters (now " + length + ").");
        }
        if (rules.maxLength() != null && length > rules.maxLength()) {
            return Optional.of("Keep it to " + rules.maxLength() + " characters (now " + length + ").");
        }
        if ("phone".equals(rules.validationType()) && !PHONE.matcher(value).find()) {
            return Optional.of("Enter a phone number, e.g. +44 7700 900123.");
        }
        if ("email".equals(rules.validationType()) && !EMAIL.matcher(value).matches()) {
            return Optional.of("Enter an e-mail address, e.g. name@example.org.");
        }
        if (rules.pattern() != null) {
            try {
                // as Camunda Forms tests it: the pattern must occur in the value (anchor it to match the whole)
                if (!Pattern.compile(rules.pattern()).matcher(value).find()) {
                    return Optional.of(rules.patternMessage() != null ? rules.patternMessage()
                            : "This does not look right: check it against the field's description.");
                }
            } catch (PatternSyntaxException e) {
                return Optional.of("The form's pattern for this field is broken; tell a CVM manager.");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> dateProblem(FormField field, String value, LocalDate today) {
        String htmlType = field.htmlDateType();
        try {
            switch (htmlType) {
                case "time" -> LocalTime.parse(value);
                case "datetime-local" -> LocalDateTime.parse(value);
                default -> {
                    LocalDate date = LocalDate.parse(value);
                    LocalDate earliest = field.earliestDay(today);
                    LocalDate latest = field.latestDay(today);
                    if (earliest != null && date.isBefore(earliest)) {
                        return Optional.of("Choose today (" + earliest + ") or a later day.");
                    }
                    if (latest != null && date.isAfter(latest)) {
                        return Optional.of("Choose a day at most " + field.rules().maxDaysAhead() + " days ahead, by " + latest + ".");
                    }
                }
            }
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(switch (htmlType) {
                case "time" -> "Enter a time as HH:MM.";
                case "datetime-local" -> "Enter a date and time as YYYY-MM-DDTHH:MM.";
                default -> "Enter a date as YYYY-MM-DD.";
            });
        }
    }

    private static String requiredMessage(FormField.Kind kind) {
        return switch (kind) {
            case SELECT, RADIO -> "Choose one: this is required.";
            case CHECKBOX -> "Tick this box: it is required.";
            default -> "Fill this in: it is required.";
        };
    }

    private static boolean isTicked(String value) {
        return "true".equals(value) || "on".equals(value);
    }

    /** Whole numbers as Integer (or Long), others as Double: what a form number becomes in Tasklist. */
    private static Object number(BigDecimal value) {
        try {
            long whole = value.longValueExact();
            if (whole == (int) whole) {
                return (int) whole;
            }
            return whole;
        } catch (ArithmeticException notWhole) {
            return value.doubleValue();
        }
    }

    private FormValidator() {
    }
}
