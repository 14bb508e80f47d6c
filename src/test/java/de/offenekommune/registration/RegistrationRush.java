package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.TestMail;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMails;

/**
 * A registration rush over real HTTP against one or more application copies sharing one PostgreSQL:
 * many clients at once, each from its own network address (as behind a municipal proxy), so that the
 * per-address limit counts each of them and does not distort the rush.
 */
final class RegistrationRush {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern WAITLIST_POSITION = Pattern.compile("Platz ([0-9]+) der Warteliste");

    private final List<String> baseUrls;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    RegistrationRush(List<String> baseUrls) {
        this.baseUrls = baseUrls;
    }

    int copies() {
        return baseUrls.size();
    }

    /** Request {@code i} goes to application copy {@code i % n}. */
    String baseUrl(int i) {
        return baseUrls.get(i % baseUrls.size());
    }

    /** @return the HTTP status of every request, in order */
    List<Integer> register(Event event, List<String> emails, int clients) throws Exception {
        return register(event, emails, clients, i -> "");
    }

    /**
     * {@link #register(Event, List, int)} with more JSON members for request {@code i}.
     *
     * @param more members to add to the JSON body, each with a leading comma, e.g. {@code ,"workshops":[…]}
     */
    List<Integer> register(Event event, List<String> emails, int clients, IntFunction<String> more) throws Exception {
        return parallel(emails.size(), clients, i -> () -> send(HttpRequest.newBuilder(
                        URI.create(baseUrl(i) + "/api/v1/events/" + event.id() + "/registrations"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", RegistrationFixtures.randomAddress())
                .header("Idempotency-Key", "rush-" + i + "-" + emails.get(i).hashCode())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"Person %d","email":"%s","consent":true%s}""".formatted(i, emails.get(i), more.apply(i))))
                .build()).statusCode());
    }

    /** Cancels through the personal pages, as a browser would: the confirmation page, then the form with its CSRF token. */
    List<Integer> cancel(List<String> personalTokens, int clients) throws Exception {
        return parallel(personalTokens.size(), clients, i -> () -> {
            String path = "/registrations/" + personalTokens.get(i) + "/cancel";
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl(i) + path)).GET().build());
            assertThat(page.statusCode()).isEqualTo(200);
            String token = first(CSRF_FIELD, page.body());
            // Every cookie goes back, as a browser sends it: the CSRF token lives in ok_csrf, or in the session
            // once a MockMvc test in the same context has swapped in spring-security-test's session-based repository.
            String cookies = page.headers().allValues("Set-Cookie").stream()
                    .map(header -> header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
                    .collect(Collectors.joining("; "));
            assertThat(cookies).as("cookies of %s", path).isNotEmpty();
            return send(HttpRequest.newBuilder(URI.create(baseUrl(i) + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookies)
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .build()).statusCode();
        });
    }

    /** The checks the issue asks for after a rush: exactly the capacity holds seats, the rest waits in distinct places. */
    static void assertSeatsAndWaitlist(JdbcClient jdbc, OutboxMails mails, Event event, int capacity, int total) {
        Map<String, Long> states = jdbc.sql("select state, count(*) as n from registration where event_id = :event group by state")
                .param("event", event.id().value())
                .query((rs, row) -> Map.entry(rs.getString("state"), rs.getLong("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long seats = states.getOrDefault("PENDING_CONFIRMATION", 0L) + states.getOrDefault("CONFIRMED", 0L);
        assertThat(seats).as("confirmed or pending").isEqualTo(capacity);
        assertThat(states.getOrDefault("WAITLISTED", 0L)).as("waitlisted").isEqualTo(total - capacity);
        assertThat(jdbc.sql("select seats_taken from registration_tally where event_id = :event")
                .param("event", event.id().value()).query(Integer.class).single()).isEqualTo(capacity);
        List<Long> ranks = jdbc.sql("""
                        select rank() over (order by waitlist_seq) as position
                          from registration
                         where event_id = :event
                           and state = 'WAITLISTED'
                        """)
                .param("event", event.id().value()).query(Long.class).list();
        assertThat(ranks).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, total - capacity).mapToObj(Long::valueOf).toList());
    }

    /** The waitlist positions the waitlisted were told by mail during the rush. */
    static List<Integer> toldPositions(JdbcClient jdbc, TestMail mail, Event event) {
        List<String> registered = jdbc.sql("select email from registration where event_id = :event")
                .param("event", event.id().value()).query(String.class).list();
        return mail.delivered(registered).stream()
                .filter(each -> "registration_waitlisted_to_registrant".equals(each.template()))
                .map(each -> Integer.valueOf(first(WAITLIST_POSITION, each.text())))
                .toList();
    }

    private List<Integer> parallel(int count, int clients, IntFunction<Callable<Integer>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(task.apply(i)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
