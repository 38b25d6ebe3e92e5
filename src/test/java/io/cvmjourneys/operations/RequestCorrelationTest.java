package io.cvmjourneys.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request's id is in the log context of all it does and in its answer, and leaves no trace on the thread. */
class RequestCorrelationTest {

    @Test
    void aSensibleIdFromTheCallerIsKeptAndANewOneIsMadeOtherwise() throws ServletException, IOException {
        assertThat(handled("lb-7f3a.42")).isEqualTo("lb-7f3a.42");
        assertThat(handled(null)).matches("[0-9a-f-]{36}");
        assertThat(handled("<script>alert(1)</script>")).as("not echoed into the log as given").matches("[0-9a-f-]{36}");
    }

    private static String handled(String offered) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/moments");
        if (offered != null) {
            request.addHeader(RequestCorrelation.HEADER, offered);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> logged = new AtomicReference<>();
        new RequestCorrelation().doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                logged.set(MDC.get(RequestCorrelation.LOG_KEY));
            }
        });
        assertThat(MDC.get(RequestCorrelation.LOG_KEY)).as("the thread is clean afterwards").isNull();
        assertThat(response.getHeader(RequestCorrelation.HEADER)).isEqualTo(logged.get());
        return logged.get();
    }
}
