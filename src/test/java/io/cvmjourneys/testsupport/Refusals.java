package io.cvmjourneys.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.web.ApiException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What a refused request must tell its caller: a 4xx naming the field to fix and saying what is wrong. */
public final class Refusals {

    public static void assertBadRequest(ThrowingCallable call, String field, String says) {
        assertRefused(call, HttpStatus.BAD_REQUEST, field, says);
    }

    public static void assertRefused(ThrowingCallable call, HttpStatus status, String field, String says) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.getMessage()).contains(says);
        });
    }

    /** An API answer refusing the request: the status, the field to fix (null: not checked) and what is wrong. */
    public static void assertAnswered(ResponseEntity<String> answer, HttpStatus status, String field, String says) {
        assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(status);
        if (field != null) {
            assertThat(JsonPath.<String>read(answer.getBody(), "$.field")).isEqualTo(field);
        }
        assertThat(JsonPath.<String>read(answer.getBody(), "$.message")).contains(says);
    }

    private Refusals() {
    }
}
