package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestHttp;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * What a browser and an attacker meet besides the role checks: the pages' security headers, a new
 * session on signing in, and sign-in attempts slowed down after wrong passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class HardeningTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void pagesRunOnlyTheirOwnScriptsAndTheInlineDataMarkedWithTheRequestsNonce() {
        ResponseEntity<String> page = TestHttp.signedIn(port, "manager").get().uri("/cx/dashboard").retrieve()
                .toEntity(String.class);

        String policy = page.getHeaders().getFirst("Content-Security-Policy");
        Matcher nonce = NONCE.matcher(String.valueOf(policy));
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).contains("object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
        assertThat(page.getBody()).contains("<script nonce=\"" + nonce.group(1) + "\">");
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        String again = TestHttp.signedIn(port, "manager").get().uri("/cx/dashboard").retrieve().toEntity(String.class)
                .getHeaders().getFirst("Content-Security-Policy");
        assertThat(again).as("a new nonce for every page").isNotEqualTo(policy);
    }

    @Test
    void theCamundaWebappsKeepTheirOwnPolicy() {
        ResponseEntity<String> cockpit = TestHttp.signedIn(port, "manager").get().uri("/camunda/app/cockpit/default/")
                .retrieve().toEntity(String.class);

        assertThat(cockpit.getHeaders().get("Content-Security-Policy")).hasSize(1)
                .noneMatch(policy -> NONCE.matcher(policy).find());
    }

    @Test
    void behindATlsProxyBrowsersAreToldToUseHttpsOnly() {
        HttpHeaders plain = TestHttp.client(port).get().uri("/login").retrieve().toEntity(String.class).getHeaders();
        HttpHeaders proxied = TestHttp.client(port).get().uri("/login").header("X-Forwarded-Proto", "https").retrieve()
                .toEntity(String.class).getHeaders();

        assertThat(plain.getFirst("Strict-Transport-Security")).isNull();
        assertThat(proxied.getFirst("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void signingInStartsANewSession() {
        RestClient client = TestHttp.client(port);
        ResponseEntity<String> loginPage = client.get().uri("/login").retrieve().toEntity(String.class);
        String before = session(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.getBody());
        assertThat(csrf.find()).isTrue();

        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "cx");
        form.add("password", "demo");
        form.add("_csrf", csrf.group(1));
        ResponseEntity<String> signedIn = client.post().uri("/login").header(HttpHeaders.COOKIE, "JSESSIONID=" + before)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toEntity(String.class);

        assertThat(signedIn.getHeaders().getLocation()).hasPath("/");
        assertThat(session(signedIn)).as("the session a visitor had before signing in is not the signed-in one")
                .isNotEqualTo(before);
    }

    @Test
    void wrongPasswordsLockTheUserForAWhileEvenWithTheRightOneAfter() {
        RestClient wrong = TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth("store", "guess"))
                .build();
        RestClient right = TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth("store", "demo"))
                .build();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThat(wrong.get().uri("/api/actions").retrieve().toBodilessEntity().getStatusCode())
                        .isEqualTo(HttpStatus.UNAUTHORIZED);
            }

            assertThat(right.get().uri("/api/actions").retrieve().toBodilessEntity().getStatusCode())
                    .as("the right password while the user is locked").isEqualTo(HttpStatus.UNAUTHORIZED);
        } finally {
            // as an administrator does in Camunda Admin ("Unlock user")
            identityService.unlockUser("store");
        }
        assertThat(right.get().uri("/api/actions").retrieve().toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aNewPasswordOrALostGroupCountsFromTheNextRequestThoughSignInsAreReused() {
        RestClient before = basic("channel", "demo");
        assertThat(status(before, "/api/outbox/dead-letters")).isEqualTo(HttpStatus.OK);
        User channel = identityService.createUserQuery().userId("channel").singleResult();
        try {
            channel.setPassword("Another-Secret-7");
            identityService.saveUser(channel); // as Camunda Admin's "Change password" does
            RestClient after = basic("channel", "Another-Secret-7");
            assertThat(status(after, "/api/outbox/dead-letters")).isEqualTo(HttpStatus.OK);

            identityService.deleteMembership("channel", "channel-team");
            assertThat(status(after, "/api/outbox/dead-letters")).as("out of the channel team").isEqualTo(HttpStatus.FORBIDDEN);
            identityService.createMembership("channel", "channel-team");

            assertThat(status(before, "/api/outbox/dead-letters")).as("the old password").isEqualTo(HttpStatus.UNAUTHORIZED);
        } finally {
            if (identityService.createGroupQuery().groupMember("channel").groupId("channel-team").count() == 0) {
                identityService.createMembership("channel", "channel-team");
            }
            // read again: the wrong password was counted on the user since
            User restored = identityService.createUserQuery().userId("channel").singleResult();
            restored.setPassword("demo");
            identityService.saveUser(restored);
            identityService.unlockUser("channel");
        }
        assertThat(status(before, "/api/outbox/dead-letters")).isEqualTo(HttpStatus.OK);
    }

    private RestClient basic(String user, String password) {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, password)).build();
    }

    private static HttpStatus status(RestClient client, String path) {
        return HttpStatus.valueOf(client.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value());
    }

    private static String session(ResponseEntity<?> answer) {
        List<String> cookies = answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        return cookies.stream().map(SESSION::matcher).filter(Matcher::find).map(found -> found.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
    }
}
