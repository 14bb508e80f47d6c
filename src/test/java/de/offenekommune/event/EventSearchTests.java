package de.offenekommune.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import de.offenekommune.TestFixtures;
import de.offenekommune.IntegrationTest;
import de.offenekommune.account.Organization;
import de.offenekommune.event.EventQuery.Scope;
import de.offenekommune.event.internal.CalendarDay;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.platform.FederalState;

/** Search and filters on real PostgreSQL with its German text search configuration. */
@IntegrationTest
class EventSearchTests {

    /** A fixed "now": Wednesday, 10 June 2026, noon in Berlin. */
    static final Instant NOW = LocalDateTime.of(2026, 6, 10, 12, 0).atZone(Schedule.DEFAULT_ZONE).toInstant();

    @Autowired
    EventSearch search;
    @Autowired
    EventQueries queries;
    @Autowired
    Events events;
    @Autowired
    TestFixtures testFixtures;
    @Autowired
    PlatformTransactionManager transactions;

    TestEvents fixtures;
    Organization organizer;

    @BeforeEach
    void a_fresh_organizer() {
        fixtures = new TestEvents(events, testFixtures, transactions);
        organizer = fixtures.organization("Bürgerinitiative Sonnenblume");
    }

    @Test
    void german_stemming_finds_the_singular_with_the_plural_and_back() {
        Event singular = upcoming().title("Die offene Kommune im Gespräch").save();
        Event plural = upcoming().title("Werkstatt für Gemeinden").summary("Kommunen lernen voneinander.").save();

        assertThat(titles("Kommunen")).containsExactlyInAnyOrder(singular.details().title(), plural.details().title());
        assertThat(titles("kommune")).containsExactlyInAnyOrder(singular.details().title(), plural.details().title());
        assertThat(titles("Gemeinde")).containsExactly(plural.details().title());
    }

    @Test
    void umlauts_and_sharp_s_match_in_every_way_people_type_them() {
        Event event = upcoming().title("Bürgerhaushalt für die Großstadt")
                .summary("Treffen an der Hauptstraße im Café Überall.").save();
        String title = event.details().title();

        assertThat(titles("Bürgerhaushalt")).containsExactly(title);
        assertThat(titles("Buergerhaushalt")).containsExactly(title);
        assertThat(titles("BÜRGERHAUSHALT")).containsExactly(title);
        assertThat(titles("Grossstadt")).containsExactly(title);
        assertThat(titles("Hauptstrasse")).containsExactly(title);
        assertThat(titles("cafe ueberall")).containsExactly(title);
        assertThat(titles("Bürgerhaushalt Köln")).isEmpty();
    }

    @Test
    void searches_title_summary_description_venue_and_organizer() {
        Event event = upcoming().title("Abend der Ideen").summary("Zusammenkommen.")
                .description("Wir sprechen über Quartiersentwicklung.")
                .venue(new Venue("Alte Feuerwache", "Gathe 6", "42107", "Wuppertal", "Elberfeld",
                        FederalState.NORDRHEIN_WESTFALEN, null, null, null, null))
                .save();
        String title = event.details().title();

        assertThat(titles("Quartiersentwicklung")).containsExactly(title);
        assertThat(titles("Feuerwache")).containsExactly(title);
        assertThat(titles("Elberfeld")).containsExactly(title);
        assertThat(titles("Sonnenblume")).containsExactly(title);
        assertThat(titles("Zusammenkommen")).containsExactly(title);
    }

    @Test
    void longer_words_also_find_compounds_that_start_alike() {
        Event event = upcoming().title("Klimaschutzkonzept der Stadt").save();

        assertThat(titles("Klimaschutz")).containsExactly(event.details().title());
    }

    @Test
    void by_relevance_title_matches_come_before_description_matches_and_by_date_the_earlier_first() {
        Event inDescription = upcoming().title("Stadtgespräch").description("Auch zur Mobilitätswende.")
                .at(LocalDateTime.of(2026, 7, 1, 18, 0), LocalDateTime.of(2026, 7, 1, 20, 0)).save();
        Event inTitle = upcoming().title("Mobilitätswende konkret")
                .at(LocalDateTime.of(2026, 8, 1, 18, 0), LocalDateTime.of(2026, 8, 1, 20, 0)).save();

        assertThat(titles(Map.of("q", "Mobilitätswende", "sort", "relevance")))
                .containsExactly(inTitle.details().title(), inDescription.details().title());
        assertThat(titles(Map.of("q", "Mobilitätswende")))
                .containsExactly(inDescription.details().title(), inTitle.details().title());
    }

    @Test
    void search_syntax_and_sql_in_the_text_are_only_words() {
        upcoming().title("Haushalt").save();

        assertThat(titles("'); drop table event; --")).isEmpty();
        assertThat(titles("haushalt:* | !& <->")).containsExactly("Haushalt");
        assertThat(titles("!!!")).isEmpty();
        assertThat(events.findBySlug("does-not-exist")).isEmpty();
    }

    @Test
    void filters_by_municipality_district_and_state() {
        upcoming().title("In Wuppertal").municipality(new Municipality("Wuppertal", "05124000")).save();
        upcoming().title("In Mettmann").municipality(new Municipality("Mettmann", "05158020")).save();
        upcoming().title("In Erkrath").municipality(new Municipality("Erkrath", "05158004")).save();
        upcoming().title("In Mainz").municipality(new Municipality("Mainz", "07315000"))
                .venue(new Venue("Rathaus", "Jockel-Fuchs-Platz 1", "55116", "Mainz", null,
                        FederalState.RHEINLAND_PFALZ, null, null, null, null)).save();

        assertThat(titles(Map.of("municipality", "05124000"))).containsExactly("In Wuppertal");
        assertThat(titles(Map.of("district", "05158"))).containsExactlyInAnyOrder("In Mettmann", "In Erkrath");
        assertThat(titles(Map.of("state", "RHEINLAND_PFALZ"))).containsExactly("In Mainz");
        assertThat(titles(Map.of("state", "nordrhein-westfalen"))).hasSize(3);
    }

    @Test
    void filters_by_type_topic_audience_accessibility_attendance_and_cost() {
        upcoming().title("A").type(EventType.BARCAMP).topics(Set.of(Topic.CLIMATE)).audiences(Set.of(Audience.YOUTH))
                .accessibility(Set.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.SIGN_LANGUAGE)).save();
        upcoming().title("B").type(EventType.WORKSHOP).topics(Set.of(Topic.MOBILITY, Topic.CLIMATE))
                .accessibility(Set.of(AccessibilityFeature.STEP_FREE_ACCESS))
                .cost(new Cost(false, "10 €")).online(AttendanceMode.HYBRID, "https://meet.example.org/b").save();
        upcoming().title("C").type(EventType.WORKSHOP).online(AttendanceMode.ONLINE, "https://meet.example.org/c").save();

        assertThat(titles(Map.of("type", "WORKSHOP"))).containsExactlyInAnyOrder("B", "C");
        assertThat(titles(Map.of("type", "barcamp,workshop"))).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(titles(Map.of("topic", "CLIMATE"))).containsExactlyInAnyOrder("A", "B");
        assertThat(titles(Map.of("topic", "CLIMATE", "type", "WORKSHOP"))).containsExactly("B");
        assertThat(titles(Map.of("audience", "YOUTH"))).containsExactly("A");
        assertThat(titles(Map.of("accessibility", "STEP_FREE_ACCESS,SIGN_LANGUAGE"))).containsExactly("A");
        assertThat(titles(Map.of("accessibility", "STEP_FREE_ACCESS"))).containsExactlyInAnyOrder("A", "B");
        assertThat(titles(Map.of("attendance", "ONLINE,HYBRID"))).containsExactlyInAnyOrder("B", "C");
        assertThat(titles(Map.of("free", "true"))).containsExactlyInAnyOrder("A", "C");
    }

    @Test
    void filters_events_whose_registration_is_open_now() {
        Instant now = Instant.now();
        fixtures.event(organizer).title("offen").registration(new RegistrationSettings(RegistrationMode.REQUIRED, null, 20, null, null))
                .save();
        fixtures.event(organizer).title("extern").registration(new RegistrationSettings(RegistrationMode.EXTERNAL,
                "https://example.org/anmeldung", null, now.minusSeconds(3600), null)).save();
        fixtures.event(organizer).title("Frist vorbei").registration(new RegistrationSettings(RegistrationMode.REQUIRED, null, null,
                null, now.minusSeconds(60))).save();
        fixtures.event(organizer).title("noch nicht offen").registration(new RegistrationSettings(RegistrationMode.REQUESTED, null, null,
                now.plusSeconds(86_400), null)).save();
        fixtures.event(organizer).title("ohne Anmeldung").save();
        fixtures.event(organizer).title("abgesagt").registration(new RegistrationSettings(RegistrationMode.REQUIRED, null, 20, null, null))
                .cancelled("Krankheit").save();

        EventQuery query = queries.parse(params(Map.of("registration", "open")), Scope.UPCOMING, false)
                .withOrganizer(new EventQuery.Organizer(organizer.slug(), organizer.id()));
        assertThat(search.find(query, now, 1, 50).items()).extracting(EventSummary::title)
                .containsExactlyInAnyOrder("offen", "extern");
    }

    @Test
    void date_ranges_today_week_month_and_custom_include_events_overlapping_them() {
        // Wednesday 10 June 2026 is "today".
        upcoming().title("heute Abend").at(LocalDateTime.of(2026, 6, 10, 18, 0), LocalDateTime.of(2026, 6, 10, 20, 0)).save();
        upcoming().title("Sonntag").at(LocalDateTime.of(2026, 6, 14, 10, 0), LocalDateTime.of(2026, 6, 14, 12, 0)).save();
        upcoming().title("Ende Juni").at(LocalDateTime.of(2026, 6, 30, 10, 0), LocalDateTime.of(2026, 6, 30, 12, 0)).save();
        upcoming().title("Juli").at(LocalDateTime.of(2026, 7, 2, 10, 0), LocalDateTime.of(2026, 7, 2, 12, 0)).save();
        upcoming().title("läuft seit gestern").at(LocalDateTime.of(2026, 6, 9, 9, 0), LocalDateTime.of(2026, 6, 11, 17, 0))
                .save();
        upcoming().title("heute früh vorbei").at(LocalDateTime.of(2026, 6, 10, 8, 0), LocalDateTime.of(2026, 6, 10, 10, 0))
                .save();

        assertThat(titles(Map.of("when", "today"))).containsExactly("läuft seit gestern", "heute Abend");
        assertThat(titles(Map.of("when", "week"))).containsExactly("läuft seit gestern", "heute Abend", "Sonntag");
        assertThat(titles(Map.of("when", "month"))).containsExactly("läuft seit gestern", "heute Abend", "Sonntag",
                "Ende Juni");
        assertThat(titles(Map.of("from", "2026-06-14", "to", "2026-07-02"))).containsExactly("Sonntag", "Ende Juni", "Juli");
        assertThat(titles(Map.of("from", "2026-07-01"))).containsExactly("Juli");
        assertThat(titles(Scope.PAST, Map.of("when", "today"))).containsExactly("heute früh vorbei");
    }

    @Test
    void drafts_are_never_found_and_cancelled_events_are() {
        upcoming().title("Entwurf Zukunftswerkstatt").draft().save();
        upcoming().title("Abgesagte Zukunftswerkstatt").cancelled("Krankheit").save();

        assertThat(titles("Zukunftswerkstatt")).containsExactly("Abgesagte Zukunftswerkstatt");
    }

    @Test
    void the_archive_lists_the_latest_first_and_pages_do_not_overlap() {
        for (int day = 1; day <= 5; day++) {
            upcoming().title("Vergangen " + day)
                    .at(LocalDateTime.of(2025, 3, day, 10, 0), LocalDateTime.of(2025, 3, day, 12, 0)).save();
        }
        EventQuery query = mine(queries.parse(Map.of(), Scope.PAST, false));

        var first = search.find(query, NOW, 1, 2);
        var second = search.find(query, NOW, 2, 2);
        var third = search.find(query, NOW, 3, 2);

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(EventSummary::title).containsExactly("Vergangen 5", "Vergangen 4");
        assertThat(second.items()).extracting(EventSummary::title).containsExactly("Vergangen 3", "Vergangen 2");
        assertThat(third.items()).extracting(EventSummary::title).containsExactly("Vergangen 1");
    }

    @Test
    void totals_are_exact_up_to_a_thousand_and_otherwise_only_promise_more() {
        for (int i = 0; i < 3; i++) {
            upcoming().title("Zählung " + i).save();
        }
        EventQuery query = mine(EventQuery.all(Scope.UPCOMING));

        assertThat(search.find(query, NOW, 1, 2).total()).isEqualTo(3);
        assertThat(search.find(query, NOW, 2, 2).total()).isEqualTo(3);
        assertThat(search.find(query, NOW, 3, 2).total()).isEqualTo(3);
        assertThat(EventSearch.isExact(3)).isTrue();
        assertThat(EventSearch.isExact(EventSearch.COUNT_LIMIT)).isFalse();
    }

    @Test
    void the_month_calendar_shows_multi_day_events_on_every_day_and_counts_the_rest() {
        upcoming().title("Festival").at(LocalDateTime.of(2026, 6, 29, 10, 0), LocalDateTime.of(2026, 7, 2, 18, 0)).save();
        for (int i = 0; i < 5; i++) {
            upcoming().title("Termin " + i).at(LocalDateTime.of(2026, 6, 15, 9 + i, 0), LocalDateTime.of(2026, 6, 15, 10 + i, 0))
                    .save();
        }
        EventQuery query = mine(EventQuery.all(Scope.ALL));

        List<CalendarDay> june = search.month(query, YearMonth.of(2026, 6), 3);

        assertThat(june).hasSize(30);
        CalendarDay fifteenth = june.get(14);
        assertThat(fifteenth.date()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(fifteenth.events()).extracting(EventSummary::title).containsExactly("Termin 0", "Termin 1", "Termin 2");
        assertThat(fifteenth.total()).isEqualTo(5);
        assertThat(fifteenth.more()).isEqualTo(2);
        assertThat(june.get(28).events()).extracting(EventSummary::title).containsExactly("Festival");
        assertThat(june.get(29).events()).extracting(EventSummary::title).containsExactly("Festival");
        assertThat(june.get(27).events()).isEmpty();
        assertThat(search.month(query, YearMonth.of(2026, 7), 3).get(1).events()).extracting(EventSummary::title)
                .containsExactly("Festival");
    }

    @Test
    void the_catalog_version_changes_with_every_change_of_an_event() {
        CatalogVersion before = search.version();
        Event event = upcoming().title("Neu").save();
        CatalogVersion afterInsert = search.version();
        events.delete(event.id());

        assertThat(afterInsert.version()).isGreaterThan(before.version());
        assertThat(search.version().version()).isGreaterThan(afterInsert.version());
    }

    private TestEvents.Builder upcoming() {
        return fixtures.event(organizer)
                .at(LocalDateTime.of(2026, 9, 1, 18, 0), LocalDateTime.of(2026, 9, 1, 20, 0));
    }

    private List<String> titles(String text) {
        return titles(Map.of("q", text));
    }

    private List<String> titles(Map<String, String> parameters) {
        return titles(Scope.UPCOMING, parameters);
    }

    private List<String> titles(Scope scope, Map<String, String> parameters) {
        EventQuery query = mine(queries.parse(params(parameters), scope, false));
        return search.find(query, NOW, 1, 50).items().stream().map(EventSummary::title).toList();
    }

    private EventQuery mine(EventQuery query) {
        return query.withOrganizer(new EventQuery.Organizer(organizer.slug(), organizer.id()));
    }

    static Map<String, String[]> params(Map<String, String> values) {
        return values.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> new String[] {entry.getValue()}));
    }
}
