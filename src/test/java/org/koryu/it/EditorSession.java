package org.koryu.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The editor UI spoken as plain HTTP, the way a browser (or an attacker's page) sends it: a cookie
 * jar, the login form posted with its view state, and form posts with chosen Origin or Referer headers.
 */
public final class EditorSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** PrimeFaces' script adds the page's nonce to every form it posts; a post without it is refused. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public EditorSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** Posts the login form as a person does (from Koryu's own page) unless headers say otherwise. */
    public HttpResponse<String> signIn(String user, String password, String... headers) {
        HttpResponse<String> page = get("/login");
        Map<String, String> form = new LinkedHashMap<>(formOf(page));
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:next", "");
        form.put("login:submit", "");
        return post("/login", form, headers.length == 0 ? new String[] {"Origin", origin()} : headers);
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The origin a page of this Koryu has, as a browser would send it. */
    public String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    /** The hidden fields a browser posts back with any form of this page: the view state and PrimeFaces' nonce. */
    public static Map<String, String> formOf(HttpResponse<String> page) {
        Matcher nonce = NONCE.matcher(page.body());
        if (!nonce.find()) {
            throw new AssertionError("No PrimeFaces nonce in " + page.uri() + " (" + page.statusCode() + ")");
        }
        return Map.of("jakarta.faces.ViewState", viewState(page), "primefaces.nonce", nonce.group(1));
    }

    public static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("No view state in " + page.uri() + " (" + page.statusCode() + ")");
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    public CookieManager cookies() {
        return cookies;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("/$", "") + path))
                .timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
