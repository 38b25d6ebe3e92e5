package io.cvmjourneys.web;

import org.springframework.http.HttpStatus;

/** A refusal a caller can fix, answered as {@link ApiError} with its status (always a 4xx). */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public ApiException(HttpStatus status, String message) {
        this(status, message, null);
    }

    public ApiException(HttpStatus status, String message, String field) {
        super(message);
        if (!status.is4xxClientError()) {
            throw new IllegalArgumentException("An ApiException answers a client error, not " + status);
        }
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
