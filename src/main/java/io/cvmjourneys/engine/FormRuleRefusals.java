package io.cvmjourneys.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda REST answers 500 when a task listener refuses a completion, or a journey's first steps refuse
 * a start. When the refusal is the task form's rules ({@link TaskFormRules}), the caller sent values the
 * form forbids: 400, with the form's sentence for each field, as for a form submitted through
 * {@code submit-form}. When it is a step refusing what the caller gave it (a
 * {@link BadUserRequestException}, as {@link JourneySteps#required} throws for a journey started
 * without its customer), 400 with the step's words. A completion that
 * met the database out of reach, a colleague's completion of the same task, or a task no longer
 * there gets the answer of {@link EngineRestAnswers}.
 */
@Provider
@Priority(1)
class FormRuleRefusals implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        Optional<Response> answer = EngineRestAnswers.to(exception);
        if (answer.isPresent()) {
            return answer.get();
        }
        return Causes.of(exception)
                .filter(cause -> cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException)
                .findFirst()
                .map(refusal -> EngineRestAnswers.answer(Response.Status.BAD_REQUEST, refusal instanceof
                        FormFieldValidationException ? refusal.getClass().getSimpleName() : "InvalidRequestException",
                        refusal.getMessage()))
                .orElseGet(() -> new RestExceptionHandler().toResponse(exception));
    }
}
