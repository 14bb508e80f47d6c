package de.offenekommune.registration;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.offenekommune.TestFixtures;
import de.offenekommune.TestHttp;
import de.offenekommune.TestMail;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.Contact;
import de.offenekommune.event.Cost;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventType;
import de.offenekommune.event.Municipality;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Venue;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.platform.FederalState;
import de.offenekommune.registration.internal.RegistrationId;
import de.offenekommune.registration.internal.Registrations;

/**
 * Registrations and their events, on top of {@link TestFixtures}, with unique names, and the links people find
 * in their mails. Built from the context, so that tests need no extra configuration.
 */
public final class RegistrationFixtures {

    static final Pattern CONFIRM_LINK = Pattern.compile("/registrations/confirm/([A-Za-z0-9_-]{43})");
    static final Pattern PERSONAL_LINK = Pattern.compile("/registrations/([A-Za-z0-9_-]{43})");

    public record Organizer(AccountPrincipal principal, OrganizationId organization) {
    }

    private final TestFixtures fixtures;
    private final TestMail mails;
    private final RegistrationManagement registrations;
    private final Registrations registrationsRepository;
    private final de.offenekommune.event.Events eventsRepository;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public RegistrationFixtures(ApplicationContext context) {
        this.registrations = context.getBean(RegistrationManagement.class);
        this.registrationsRepository = context.getBean(Registrations.class);
        this.eventsRepository = context.getBean(de.offenekommune.event.Events.class);
        this.jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        this.fixtures = TestFixtures.of(context);
        this.mails = context.getBean(TestMail.class);
    }

    /** An organizer and the organization they belong to, made by {@link TestFixtures}. */
    public Organizer organizer() {
        Organization organization = fixtures.organization("Stadtteilverein", null);
        return new Organizer(fixtures.organizer(organization).principal(), organization.id());
    }

    /**
     * A published event in 30 days at 10:00 in Wuppertal with the given capacity ({@code null}: no limit),
     * registration required.
     */
    public Event publishedEvent(Organizer organizer, Integer capacity) {
        return published(organizer, new RegistrationSettings(RegistrationMode.REQUIRED, null, capacity, null, null),
                inThirtyDaysAtTen());
    }

    /**
     * 10:00 in Wuppertal, 30 days from today: an event that starts then and its workshops end on the same day,
     * whatever the time of day the tests run at.
     */
    public static Instant inThirtyDaysAtTen() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        return LocalDate.now(berlin).plusDays(30).atTime(10, 0).atZone(berlin).toInstant();
    }

    public Event published(Organizer organizer, RegistrationSettings registration, Instant start) {
        return fixtures.published(organizer.principal(), organizer.organization(), details(registration, start,
                "Bürgerwerkstatt " + UUID.randomUUID().toString().substring(0, 8)));
    }

    public Event draft(Organizer organizer, Integer capacity) {
        return fixtures.draft(organizer.principal(), organizer.organization(),
                details(new RegistrationSettings(RegistrationMode.REQUIRED, null, capacity, null, null),
                        inThirtyDaysAtTen(), "Entwurf " + UUID.randomUUID()));
    }

    public static EventDetails details(RegistrationSettings registration, Instant start, String title) {
        Instant begin = start.truncatedTo(ChronoUnit.MINUTES);
        return new EventDetails(EventType.WORKSHOP, title, "Gemeinsam planen wir den Stadtteil.", "Mehr dazu vor Ort.",
                new Schedule(begin, begin.plus(Duration.ofHours(3)), ZoneId.of("Europe/Berlin"), false),
                AttendanceMode.IN_PERSON, null,
                new Venue("Rathaus Barmen", "Johannes-Rau-Platz 1", "42275", "Wuppertal", "Barmen",
                        FederalState.NORDRHEIN_WESTFALEN, null, null, null, null),
                Municipality.NONE, null, List.of(), Cost.FREE, registration, Set.of(), null, Set.of(), Set.of(), null,
                Contact.NONE);
    }

    /** A registration through the JSON API over real HTTP, from a client address of its own. */
    public static HttpResponse<String> registerThroughApi(TestHttp http, Event event, String name, String email) {
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/events/" + event.id() + "/registrations"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", randomAddress())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"%s","email":"%s","consent":true}""".formatted(name, email)))
                .build());
    }

    public static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }

    /** Each test request from its own network address, so that the per-address limit belongs to the test. */
    public static RequestPostProcessor fromNewAddress() {
        String address = randomAddress();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    public TestMail testMail() {
        return mails;
    }

    /** Every mail {@code recipient} got, once nothing for them waits in the outbox (see {@link TestMail#delivered}). */
    public List<OutboxMail> mailsTo(String recipient) {
        return mails.delivered(recipient);
    }

    /** The newest mail of {@code template} to {@code recipient}. */
    public OutboxMail lastMail(String recipient, String template) {
        return mails.delivered(recipient).stream()
                .filter(mail -> template.equals(mail.template()))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No mail " + template + " to " + recipient));
    }

    public static String confirmToken(OutboxMail mail) {
        return find(CONFIRM_LINK, mail.text()).orElseThrow(() -> new AssertionError("No confirmation link"));
    }

    public static String personalToken(OutboxMail mail) {
        return find(PERSONAL_LINK, mail.text().replaceAll("/registrations/confirm/", "/x/"))
                .orElseThrow(() -> new AssertionError("No personal link"));
    }

    /** Confirms through the newest mail with a confirmation link; returns the personal token. */
    public String confirm(String email) {
        OutboxMail mail = mails.delivered(email).stream()
                .filter(each -> CONFIRM_LINK.matcher(each.text()).find())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No confirmation link to " + email));
        return registrations.confirm(confirmToken(mail));
    }

    public Integer registrationCapacity(Event event) {
        return eventsRepository.findById(event.id()).orElseThrow().details().registration().capacity();
    }

    /** The registration of {@code email} (addresses are unique per test). */
    public Registration registration(String email) {
        java.util.UUID id = jdbc.sql("select id from registration where lower(email) = lower(:email)")
                .param("email", email).query(java.util.UUID.class).single();
        return context(id);
    }

    private Registration context(java.util.UUID id) {
        return registrationsRepository.findById(new RegistrationId(id)).orElseThrow();
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
