package io.cvmjourneys.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error shape of every /api endpoint: what went wrong in words a person can act on, and
 * the request field at fault when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String field) {
}
