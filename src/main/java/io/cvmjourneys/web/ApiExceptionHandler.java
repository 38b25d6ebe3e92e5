package io.cvmjourneys.web;

import io.cvmjourneys.engine.UnreadableJson;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns bad input on any /api endpoint into a 4xx {@link ApiError} that says what to fix, in JSON even
 * when the client asked only for a type the API does not make (which would leave the refusal empty).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

    private final MultipartProperties uploads;

    ApiExceptionHandler(MultipartProperties uploads) {
        this.uploads = uploads;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException refusal) {
        return answer(refusal.status(), refusal.getMessage(), refusal.field());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException invalid) {
        FieldError first = invalid.getBindingResult().getFieldErrors().stream().findFirst().orElse(null);
        if (first == null) {
            return answer(HttpStatus.BAD_REQUEST, "The request is invalid.", null);
        }
        String message = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return answer(HttpStatus.BAD_REQUEST, message, first.getField());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatched(MethodArgumentTypeMismatchException mismatch) {
        Class<?> type = mismatch.getRequiredType();
        if (type != null && type.isEnum()) {
            return answer(HttpStatus.BAD_REQUEST, mismatch.getName() + " '" + mismatch.getValue() + "' is not one of: "
                    + UnreadableJson.allowed(type), mismatch.getName());
        }
        return answer(HttpStatus.BAD_REQUEST, mismatch.getName() + " '" + mismatch.getValue() + "' has the wrong type",
                mismatch.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException missing) {
        String message = missing.getParameterName() + " is required";
        if (missing.getMethodParameter() != null && missing.getMethodParameter().getParameterType().isEnum()) {
            message += ", one of: " + UnreadableJson.allowed(missing.getMethodParameter().getParameterType());
        }
        return answer(HttpStatus.BAD_REQUEST, message, missing.getParameterName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException unreadable) {
        UnreadableJson problem = UnreadableJson.of(unreadable.getCause());
        return answer(HttpStatus.BAD_REQUEST, problem.message(), problem.field());
    }

    /**
     * Reached only because uploads are read when the controller asks for them (resolve-lazily): read
     * before, no handler is known yet and the 413 goes out with an empty body.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException tooLarge) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is too large: a file may have at most "
                + uploads.getMaxFileSize().toMegabytes() + "MB, a request " + uploads.getMaxRequestSize().toMegabytes() + "MB.", null);
    }

    /** JSON whatever the request's Accept says: a refusal asked for as XML is still a refusal, and says why. */
    private static ResponseEntity<ApiError> answer(HttpStatus status, String message, String field) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message, field));
    }
}
