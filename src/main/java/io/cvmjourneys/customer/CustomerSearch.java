package io.cvmjourneys.customer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds customers the way an agent types: part of the id or name in any case, or a phone number
 * written with or without spaces, dashes and "+". The exact id comes first, then names starting
 * with the query, then the rest by name.
 */
@Component
class CustomerSearch {

    static final int MAX_RESULTS = 50;
    /** Fewer digits than this would match a large share of all numbers. */
    private static final int MIN_PHONE_DIGITS = 3;
    private static final Pattern PHONE_LIKE = Pattern.compile("[+()\\d\\s-]+");

    private final JdbcClient jdbc;

    CustomerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerSummary> find(String query, int limit) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || limit < 1) {
            return List.of();
        }
        String literal = escapedForLike(text);
        return jdbc.sql("""
                        SELECT id, name, phone, type, segment FROM cvm.customer
                        WHERE LOWER(id) LIKE :contains ESCAPE '\\'
                           OR LOWER(name) LIKE :contains ESCAPE '\\'
                           OR REPLACE(REPLACE(REPLACE(phone, ' ', ''), '-', ''), '+', '') LIKE :digits
                        ORDER BY CASE WHEN LOWER(id) = :text THEN 0
                                      WHEN LOWER(name) LIKE :startsWith ESCAPE '\\' THEN 1
                                      ELSE 2 END, name, id
                        FETCH FIRST :limit ROWS ONLY""")
                .param("contains", "%" + literal + "%")
                .param("digits", phoneDigitsPattern(text))
                .param("text", text)
                .param("startsWith", literal + "%")
                .param("limit", Math.min(limit, MAX_RESULTS))
                .query(CustomerRows::summary)
                .list();
    }

    /** A pattern for the stored number's digits, or null (matches nothing) when the query is no phone number. */
    private static String phoneDigitsPattern(String text) {
        String digits = text.replaceAll("\\D", "");
        return PHONE_LIKE.matcher(text).matches() && digits.length() >= MIN_PHONE_DIGITS ? "%" + digits + "%" : null;
    }

    private static String escapedForLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
