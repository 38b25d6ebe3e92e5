package io.cvmjourneys.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends a case exactly as written — any method, the path unencoded by us, the body's bytes as given — as
 * a channel system (HTTP Basic) or as a signed-in browser (session cookie and CSRF token) would.
 */
final class CaseSender {

    record Answer(int status, String contentType, String body) {
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final HttpClient stateless = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Session> browsers = new HashMap<>();

    private record Session(HttpClient client, String csrf) {
    }

    CaseSender(int port) {
        this.base = "http://localhost:" + port;
    }

    Answer send(String user, boolean viaBrowser, String method, String path, String contentType, BadInputCase.Body body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        HttpClient client;
        if (viaBrowser) {
            Session session = browsers.computeIfAbsent(user, this::signIn);
            client = session.client();
            request.header("X-CSRF-TOKEN", session.csrf()).header("Accept", "text/html");
        } else {
            client = stateless;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        String boundary = "corpus-" + UUID.randomUUID();
        String type = body.kind() == BadInputCase.Kind.MULTIPART && contentType == null
                ? "multipart/form-data; boundary=" + boundary : contentType;
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, publisher(body, boundary));
        return send(client, request.build());
    }

    /** Opens a page in the user's browser session, as a person does before sending the form on it. */
    void open(String user, String path) {
        Answer page = send(browsers.computeIfAbsent(user, this::signIn).client(),
                HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build());
        if (page.status() != 200) {
            throw new IllegalStateException(user + " cannot open " + path + ": " + page.status());
        }
    }

    private static HttpRequest.BodyPublisher publisher(BadInputCase.Body body, String boundary) {
        return switch (body.kind()) {
            case NONE -> HttpRequest.BodyPublishers.noBody();
            case RAW, JSON -> HttpRequest.BodyPublishers.ofString(body.text(), StandardCharsets.UTF_8);
            case FORM -> HttpRequest.BodyPublishers.ofString(formEncoded(body.form()), StandardCharsets.UTF_8);
            case MULTIPART -> HttpRequest.BodyPublishers.ofString(multipart(body, boundary), StandardCharsets.UTF_8);
        };
    }

    static String formEncoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String multipart(BadInputCase.Body body, String boundary) {
        StringBuilder text = new StringBuilder();
        for (BadInputCase.Part part : body.parts()) {
            text.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.filename() != null) {
                text.append("; filename=\"").append(part.filename()).append("\"\r\n")
                        .append("Content-Type: application/octet-stream\r\n\r\n").append(part.content());
            } else {
                text.append("\r\n\r\n").append(part.value());
            }
            text.append("\r\n");
        }
        return text.append("--").append(boundary).append("--\r\n").toString();
    }

    /** Signs in through the login form, as a person does, and keeps the session's CSRF token. */
    private Session signIn(String user) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = send(browser, HttpRequest.newBuilder(URI.create(base + "/login")).GET().build()).body();
        Map<String, String> login = Map.of("username", user, "password", "demo", "_csrf", csrf(loginPage));
        Answer signedIn = send(browser, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(login))).build());
        if (signedIn.status() != 302) {
            throw new IllegalStateException(user + " could not sign in: " + signedIn);
        }
        String page = send(browser, HttpRequest.newBuilder(URI.create(base + "/customers")).GET().build()).body();
        return new Session(browser, csrf(page));
    }

    private static String csrf(String page) {
        Matcher token = CSRF_FIELD.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("The page carries no CSRF token: " + page);
        }
        return token.group(1);
    }

    private static Answer send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " got no answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
