package io.cvmjourneys.journeys.retention;

import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A sign that the customer may leave starts the proactive retention journey ({@code CHURN_RISK}):
 * {@code data.signal} says which ({@link ChurnSignal}); {@code data.score}, the churn model's score
 * from 0 to 1, comes with a {@code RISK_SCORE} sign and may come with others; {@code data.detail}
 * says more where the sender knows it ("a competitor offers 20% less"). A customer already in the
 * cancellation journey is being saved there: the sign is refused, so two teams do not call them.
 */
@Component
class ChurnRiskDetected implements JourneyTrigger {

    static final String SIGNAL_FIELD = "signal";
    static final String SCORE_FIELD = "score";
    static final String DETAIL_FIELD = "detail";
    static final int MAX_DETAIL_LENGTH = 300;
    /** The journey that takes over when the customer asks to leave. */
    static final String CANCELLATION_JOURNEY = "cancellation-winback";
    private static final List<String> SIGNALS = Arrays.stream(ChurnSignal.values()).map(Enum::name).toList();

    private final JourneyRuntime journeys;

    ChurnRiskDetected(JourneyRuntime journeys) {
        this.journeys = journeys;
    }

    @Override
    public String processId() {
        return RetentionVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.CHURN_RISK);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.choice(SIGNAL_FIELD, "Sign of churn", true, SIGNALS),
                MomentField.of(SCORE_FIELD, "Churn score (0 to 1, with a model's score)", MomentField.Kind.NUMBER, false),
                MomentField.of(DETAIL_FIELD, "What else we know", MomentField.Kind.TEXT, false));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(RetentionVariables.CHURN_SIGNAL, RetentionVariables.CHURN_REASON);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        ChurnSignal signal = ChurnSignal.valueOf(MomentData.oneOf(moment, SIGNAL_FIELD, SIGNALS));
        Double score = score(moment, signal);
        String detail = MomentData.optionalText(moment, DETAIL_FIELD, MAX_DETAIL_LENGTH);
        if (journeys.activeJourney(CANCELLATION_JOURNEY, moment.customerId()).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "Customer " + moment.customerId() + " has asked to leave and"
                    + " is in the cancellation journey, which makes the save: no second save starts", "customerId");
        }
        StringBuilder reason = new StringBuilder(signal.asAgentsReadIt());
        if (score != null) {
            reason.append(" (churn score ").append(BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP)).append(')');
        }
        if (detail != null) {
            reason.append(": ").append(detail);
        }
        // the score stays a variable even when the sign has none, so the triage table always reads it
        Map<String, Object> variables = new HashMap<>();
        variables.put(RetentionVariables.CHURN_SIGNAL, signal.name());
        variables.put(RetentionVariables.CHURN_SCORE, score);
        variables.put(RetentionVariables.CHURN_REASON, reason.toString());
        return variables;
    }

    private static Double score(Moment moment, ChurnSignal signal) {
        Object given = moment.data().get(SCORE_FIELD);
        if (given == null && signal != ChurnSignal.RISK_SCORE) {
            return null;
        }
        if (!(given instanceof Number score) || !(score.doubleValue() >= 0) || score.doubleValue() > 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + SCORE_FIELD + " must be the churn model's score,"
                    + " a number from 0 to 1" + (signal == ChurnSignal.RISK_SCORE ? ": a RISK_SCORE sign needs one" : ""),
                    "data." + SCORE_FIELD);
        }
        return score.doubleValue();
    }
}
