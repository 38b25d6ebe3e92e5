package io.cvmjourneys.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.net.http.HttpClient;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** HTTP against the running app as a client would see it: no redirects followed, no exceptions on 4xx. */
public final class TestHttp {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A port nothing listens on, for a server the test starts: the probe socket is closed before the server binds it. */
    public static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** A stateless client, as Camunda Modeler or a channel system calls the REST APIs. */
    public static RestClient client(int port) {
        return client(port, HttpClient.newBuilder());
    }

    /** A stateless client calling as a demo user (password "demo") with HTTP Basic. */
    public static RestClient as(int port, String demoUser) {
        return client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(demoUser, "demo")).build();
    }

    /** A client that keeps cookies like a browser, for the form-login session. */
    public static RestClient browser(int port) {
        return client(port, HttpClient.newBuilder().cookieHandler(new CookieManager()));
    }

    /** A browser session of a demo user (password "demo"), signed in through the login form. */
    public static RestClient signedIn(int port, String demoUser) {
        RestClient browser = browser(port);
        signIn(browser, demoUser, "demo");
        return browser;
    }

    /** Signs in through the login form (with its CSRF token) and answers the login's response. */
    public static ResponseEntity<String> signIn(RestClient browser, String user, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", csrfToken(browser, "/login"));
        return browser.post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().toEntity(String.class);
    }

    /** The CSRF token of the session, as a form on the page at {@code uri} carries it. */
    public static String csrfToken(RestClient browser, String uri) {
        String page = browser.get().uri(uri).retrieve().body(String.class);
        Matcher csrf = CSRF_FIELD.matcher(page == null ? "" : page);
        if (!csrf.find()) {
            throw new AssertionError("The page " + uri + " carries no CSRF token: " + page);
        }
        return csrf.group(1);
    }

    /**
     * The Camunda webapps' own CSRF token, from the XSRF-TOKEN cookie set on the session's first
     * webapp response; the webapps send it back as the X-XSRF-TOKEN header on every change.
     */
    public static String webappCsrfToken(ResponseEntity<?> firstWebappResponse) {
        return firstWebappResponse.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(HttpCookie::parse)
                .flatMap(List::stream)
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie set: " + firstWebappResponse.getHeaders()));
    }

    /**
     * Deploys models exactly as Camunda Modeler's "Deploy" does: one multipart request to
     * /engine-rest with the deployment's name and source fields and one part per file.
     */
    public static ResponseEntity<String> deployAsModeler(RestClient client, String deploymentName, Map<String, String> files) {
        MultiValueMap<String, Object> multipart = new LinkedMultiValueMap<>();
        multipart.add("deployment-name", deploymentName);
        multipart.add("deployment-source", "Camunda Modeler");
        multipart.add("deploy-changed-only", "true");
        files.forEach((fileName, content) -> multipart.add(fileName, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }));
        return client.post().uri("/engine-rest/deployment/create").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(multipart).retrieve().toEntity(String.class);
    }

    private static RestClient client(int port, HttpClient.Builder builder) {
        HttpClient http = builder.followRedirects(HttpClient.Redirect.NEVER).build();
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(http))
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    private TestHttp() {
    }
}
