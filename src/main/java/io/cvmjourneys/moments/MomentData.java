package io.cvmjourneys.moments;

import io.cvmjourneys.web.ApiException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/** Reading the data moments carry, with the 400 a channel system can act on when it is wrong. */
public final class MomentData {

    private static final Set<String> OFFER_ANSWERS = Set.of("ACCEPTED", "DECLINED");
    private static final String PRODUCT_FIELD = "product";
    private static final int MAX_PRODUCT_LENGTH = 200;

    /** A SURVEY_ANSWERED moment's tNPS score: {@code data.score}, 0 to 10. */
    public static int tnpsScore(Moment moment) {
        Object score = moment.data().get("score");
        if (!(score instanceof Integer value) || value < 0 || value > 10) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data.score must be a whole number from 0 to 10", "data.score");
        }
        return value;
    }

    /** An OFFER_ANSWERED moment's answer: {@code data.answer}, ACCEPTED or DECLINED. */
    public static String offerAnswer(Moment moment) {
        Object answer = moment.data().get("answer");
        if (!(answer instanceof String given) || !OFFER_ANSWERS.contains(given)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data.answer must be ACCEPTED or DECLINED", "data.answer");
        }
        return given;
    }

    /** A detail the moment must name from a fixed list: {@code data.<field>}. */
    public static String oneOf(Moment moment, String field, List<String> allowed) {
        Object given = moment.data().get(field);
        if (!(given instanceof String detail) || !allowed.contains(detail)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + field + " must be one of " + allowed + " for a "
                    + moment.type() + " moment", "data." + field);
        }
        return detail;
    }

    /** A PRODUCT_PURCHASED moment's product: {@code data.product}, what was bought. */
    public static String productBought(Moment moment) {
        Object product = moment.data().get(PRODUCT_FIELD);
        if (!(product instanceof String name) || name.isBlank() || name.length() > MAX_PRODUCT_LENGTH) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + PRODUCT_FIELD + " must name what was bought, in at most "
                    + MAX_PRODUCT_LENGTH + " characters", "data." + PRODUCT_FIELD);
        }
        return name.strip();
    }

    /** Optional text the moment may carry: {@code data.<field>}, stripped; null when the moment has none. */
    public static String optionalText(Moment moment, String field, int maxLength) {
        Object given = moment.data().get(field);
        if (given == null) {
            return null;
        }
        if (!(given instanceof String text) || text.isBlank() || text.strip().length() > maxLength) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + field + " must be text of 1 to " + maxLength
                    + " characters", "data." + field);
        }
        return text.strip();
    }

    private MomentData() {
    }
}
