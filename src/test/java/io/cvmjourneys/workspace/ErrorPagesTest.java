package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * A wrong address, a forbidden page or a bad parameter meets a page in the workspace's layout, in
 * plain words, with a way back; never the bare error page with Java type names. The header offers
 * each role only the webapps it may open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "agent   | /no-such-page          | 404 | There is no such page",
            "agent   | /kpi                   | 403 | This page is not for your role",
            "manager | /kpi?from=garbage      | 400 | Something in the address or the form is not right",
            "manager | /customers/CUST-000001/journeys | 405 | This page cannot be used that way"})
    void anErrorIsAPageInPlainWordsWithAWayBack(String user, String path, int status, String heading) {
        // as a browser asks: a page, not JSON
        ResponseEntity<String> page = TestHttp.signedIn(port, user).get().uri(path).header("Accept", "text/html").retrieve()
                .toEntity(String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(status);
        assertThat(page.getBody()).contains(heading, "Your queue", "Find a customer", "Sign out")
                .doesNotContain("Whitelabel", "java.", "Exception", "org.springframework");
    }

    @Test
    void eachRoleIsOfferedOnlyTheWebappsItMayOpen() {
        assertThat(TestHttp.signedIn(port, "agent").get().uri("/").retrieve().body(String.class))
                .contains("Tasklist").doesNotContain(">Cockpit<", ">Admin<");
        assertThat(TestHttp.signedIn(port, "manager").get().uri("/").retrieve().body(String.class))
                .contains("Tasklist", ">Cockpit<").doesNotContain(">Admin<");
        assertThat(TestHttp.signedIn(port, "admin").get().uri("/").retrieve().body(String.class)).contains(">Cockpit<", ">Admin<");
    }

}
