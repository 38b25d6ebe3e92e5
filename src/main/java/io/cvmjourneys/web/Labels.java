package io.cvmjourneys.web;

import io.cvmjourneys.engine.OperatorProperties;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What pages show for the codes, amounts and instants the product keeps, in the reader's locale
 * ({@code @labels} in templates). Words come from messages.properties, one key per code
 * ({@code group.CODE}); a code without one reads as words made from it rather than raw, and
 * MessagesTest keeps every known code covered. Amounts are in the operator's currency, instants
 * in the operator's zone.
 */
@Component("labels")
public class Labels {

    static final String NONE = "—";

    private final MessageSource messages;
    private final OperatorProperties operator;
    private final Locale operatorLocale;

    Labels(MessageSource messages, OperatorProperties operator, WebProperties web) {
        this.messages = messages;
        this.operator = operator;
        this.operatorLocale = web.getLocale() == null ? Locale.UK : web.getLocale();
    }

    /** The words for a code of a group, e.g. {@code of("reason", "NETWORK_COVERAGE")} is "Poor coverage". */
    public String of(String group, Object code) {
        if (code == null || code.toString().isBlank()) {
            return NONE;
        }
        String text = code instanceof Enum<?> constant ? constant.name() : code.toString();
        return messages.getMessage(group + "." + text, null, wordsFrom(text), locale());
    }

    /** An amount of money, e.g. £28.90. */
    public String money(Number amount) {
        if (amount == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(operator.currency());
        return format.format(amount);
    }

    /** A ratio as a percentage, e.g. -1.0 is -100%. */
    public String percent(Number ratio) {
        return ratio == null ? NONE : NumberFormat.getPercentInstance(locale()).format(ratio);
    }

    /** An instant as the operator's teams read it, e.g. 1 Dec 2026, 09:56. */
    public String when(TemporalAccessor instant) {
        if (instant == null) {
            return NONE;
        }
        Instant at = instant instanceof OffsetDateTime offset ? offset.toInstant()
                : instant instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(instant);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(operator.zone()).format(at);
    }

    /** A day, e.g. 1 Dec 2026. */
    public String day(LocalDate day) {
        return day == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** The reader's, in a request; the operator's (spring.web.locale) in a journey step or a decision it logs. */
    private Locale locale() {
        return LocaleContextHolder.getLocaleContext() == null ? operatorLocale : LocaleContextHolder.getLocale();
    }

    /** NETWORK_COVERAGE and cancellation-winback read "Network coverage" and "Cancellation winback". */
    static String wordsFrom(String code) {
        String words = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT).trim();
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
