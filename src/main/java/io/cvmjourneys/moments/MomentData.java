package io.cvmjourneys.moments;

import io.cvmjourneys.web.ApiException;
import java.util.Set;
import org.springframework.http.HttpStatus;

/** Reading the data moments carry, with the 400 a channel system can act on when it is wrong. */
public final class MomentData {

    private static final Set<String> OFFER_ANSWERS = Set.of("ACCEPTED", "DECLINED");

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

    private MomentData() {
    }
}
