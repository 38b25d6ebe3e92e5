package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A forged request riding on a signed-in browser's session changes nothing: every state-changing
 * page request the application maps (found from its handler mappings, so a new form is covered the
 * day it is written), and signing out, is refused without the session's CSRF token, and the token is
 * what lets it through. The JSON API takes no session at all, so a session cannot be ridden there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class CsrfOnEveryFormTest {

    private static final List<RequestMethod> CHANGING = List.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyStateChangingPageRequestNeedsTheSessionsToken() {
        Map<String, RequestMethod> forms = pageRequestsThatChangeState();
        assertThat(forms).as("the workspace's forms were found").containsKeys("/tasks/x", "/customers/x/journeys",
                "/models/actions/x/pause");
        RestClient browser = TestHttp.browser(port);
        String session = sessionCookie(TestHttp.signIn(browser, "admin", "demo"));
        String token = TestHttp.csrfToken(browser, "/");

        Map<String, Integer> without = new TreeMap<>();
        Map<String, Integer> with = new TreeMap<>();
        forms.forEach((path, method) -> {
            without.put(method + " " + path, send(browser, method, path, null));
            with.put(method + " " + path, send(browser, method, path, token));
        });
        without.put("POST /logout", send(browser, RequestMethod.POST, "/logout", null));
        System.out.printf("Without the CSRF token: %s%nWith it: %s%n", without, with);

        assertThat(without).as("forged requests").allSatisfy((request, status) -> assertThat(status).as(request)
                .isEqualTo(403));
        assertThat(with).as("the same requests with the token: refused on their content, or done")
                .allSatisfy((request, status) -> assertThat(status).as(request).isNotEqualTo(403).isLessThan(500));
        assertThat(TestHttp.client(port).post().uri("/api/moments").header("Cookie", session)
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toBodilessEntity().getStatusCode().value())
                .as("a session does not sign in to the JSON API").isEqualTo(401);
    }

    /** Every mapped path outside the JSON API that takes a state-changing method, with a made-up id for each variable. */
    private Map<String, RequestMethod> pageRequestsThatChangeState() {
        Map<String, RequestMethod> found = new TreeMap<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> {
            List<RequestMethod> methods = new ArrayList<>(mapping.getMethodsCondition().getMethods());
            methods.retainAll(CHANGING);
            for (String pattern : mapping.getPatternValues()) {
                if (!methods.isEmpty() && !pattern.startsWith("/api/")) {
                    found.put(pattern.replaceAll("\\{[^}]+}", "x"), methods.get(0));
                }
            }
        });
        return found;
    }

    private static int send(RestClient browser, RequestMethod method, String path, String token) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (token != null) {
            form.add("_csrf", token);
        }
        return browser.method(HttpMethod.valueOf(method.name())).uri(path).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toBodilessEntity()
                .getStatusCode().value();
    }

    /** The signed-in session's cookie, as a forging page would make the browser send it. */
    private static String sessionCookie(ResponseEntity<String> signedIn) {
        return signedIn.getHeaders().getOrEmpty("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.split(";")[0]).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + signedIn.getHeaders()));
    }
}
