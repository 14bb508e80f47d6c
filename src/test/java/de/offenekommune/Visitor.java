package de.offenekommune;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * One person's browser over real HTTP: keeps cookies (also those marked {@code Secure}, as a TLS proxy
 * in front of the app would), sends form posts with the page's CSRF token, and comes from its own
 * address (reported by a trusted proxy in {@code X-Forwarded-For}), so that per-address login limits of
 * one test never touch another.
 */
public final class Visitor {

    private final TestHttp http;
    private final String address;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> exchanges = new ArrayList<>();
    private boolean reportsFetchSite;

    public Visitor(TestHttp http) {
        this.http = http;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.address = "198.18." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /**
     * From now on, as a browser with Fetch Metadata: every request says where it comes from
     * ({@code Sec-Fetch-Site}), a GET {@code none} (opened directly), a form {@code same-origin}.
     */
    public Visitor reportingFetchSite() {
        reportsFetchSite = true;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts another format than HTML, e.g. {@code text/csv}. */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** Posts a form as the page at {@code formPage} would, with that page's CSRF token. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken(get(formPage).body()));
        return post(action, withToken);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, reportsFetchSite ? "same-origin" : null);
    }

    /** A form post that says it comes from {@code fetchSite} ({@code cross-site}, …; null: says nothing). */
    public HttpResponse<String> post(String path, Map<String, String> fields, String fetchSite) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (fetchSite != null) {
            request.setHeader("Sec-Fetch-Site", fetchSite);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the login form. */
    public HttpResponse<String> login(String email, String password) {
        return submit("/login", "/login", Map.of("email", email, "password", password));
    }

    /** Every request so far with its status and the cookies set, to explain a failing assertion. */
    public List<String> history() {
        return List.copyOf(exchanges);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Takes over a cookie, e.g. a session id someone else obtained. */
    public Visitor withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public static String csrfToken(String html) {
        String token = Jsoup.parse(html).select("input[name=_csrf]").attr("value");
        if (token.isEmpty()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return token;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Accept", "text/html")
                .header("X-Forwarded-For", address);
        if (reportsFetchSite) {
            request.header("Sec-Fetch-Site", "none");
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = http.send(request.build());
        exchanges.add(response.request().method() + " " + response.request().uri().getRawPath() + " → "
                + response.statusCode() + " " + response.headers().allValues("Set-Cookie"));
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
