package io.cvmjourneys.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cvmjourneys.web.ApiException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.http.HttpStatus;

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

    private Refusals() {
    }
}
