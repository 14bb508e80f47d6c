package de.offenekommune.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.IntegrationTest;
import de.offenekommune.StatementCounter;
import de.offenekommune.TestFixtures;
import de.offenekommune.account.Organization;

/**
 * The searches and filter sets of the benchmark ({@code bench/search-paths.txt},
 * {@code bench/listing-paths.txt}) on thirty thousand events: their plans use the indexes, and a page with
 * many matches estimates instead of counting. The events are written and analysed once for the class, in a
 * transaction that stays open on the test thread until the class is done and is then rolled back, so other
 * tests never see them (JUnit runs a class's methods one after another on one thread).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventSearchPlanTests {

    static final Instant NOW = EventSearchTests.NOW;
    static final int EVENTS = 30_000;

    static final List<String> SEARCHES = List.of(
            "q=Bürgerhaushalt",
            "q=Mobilitätswende",
            "q=offene Daten",
            "q=Klimaschutz Köln",
            "q=Buergerversammlung&sort=relevance",
            "q=Straßenplanung",
            "q=Werkstätten Jugend",
            "q=Digitalisierung Verwaltung&scope=past",
            "q=Radverkehr&municipality=05124000",
            "q=Transparenz&sort=relevance&scope=all");
    static final List<String> FILTERS = List.of(
            "topic=CLIMATE",
            "municipality=05315000",
            "district=05158&type=WORKSHOP",
            "state=NORDRHEIN_WESTFALEN&free=true",
            "when=month&attendance=ONLINE,HYBRID",
            "audience=YOUTH&accessibility=STEP_FREE_ACCESS",
            "registration=open&topic=PARTICIPATION",
            "scope=past&topic=OPEN_DATA&page=3",
            "from=2026-09-01&to=2026-11-30&type=BARCAMP");

    @Autowired
    EventSearch search;
    @Autowired
    EventQueries queries;
    @Autowired
    Events events;
    @Autowired
    TestFixtures testFixtures;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatementCounter statements;

    Organization organizer;
    TransactionStatus manyEvents;

    @BeforeAll
    void an_organizer_with_many_events() {
        organizer = new TestEvents(events, testFixtures, transactionManager).organization("Planprobe");
        manyEvents = transactionManager.getTransaction(TransactionDefinition.withDefaults());
        writeManyEvents();
    }

    @AfterAll
    void forget_the_events() {
        if (manyEvents != null) {
            transactionManager.rollback(manyEvents);
            // other tests share the database: none of the events may outlive the class
            assertThat(jdbc.sql("select count(*) from event where organization_id = :organizer")
                    .param("organizer", organizer.id().value())
                    .query(Long.class)
                    .single()).isZero();
        }
    }

    @Test
    void no_search_or_filter_set_reads_the_whole_event_table() {
        withManyEvents(() -> {
            for (String parameters : concat(SEARCHES, FILTERS, List.of("organizer=" + organizer.slug()))) {
                String plan = plan(parameters);
                assertThat(plan).as(parameters).doesNotContain("Seq Scan on event");
            }
        });
    }

    @Test
    void the_archive_starts_its_walk_through_the_start_index_at_now() {
        withManyEvents(() -> {
            // ends before now implies starts before now: the scan begins there instead of passing a year
            // of upcoming events
            assertThat(plan("scope=past&topic=OPEN_DATA&page=3"))
                    .contains("Index Scan Backward using event_public_by_start")
                    .containsPattern("Index Cond: \\(starts_at <= ");
        });
    }

    @Test
    void the_indexes_of_district_and_date_range_counts_carry_the_columns_they_filter_on() {
        // Rows written in a test's transaction are not yet all-visible, so the planner's choice there
        // says nothing about index-only scans; the indexes carry every column these counts filter on,
        // which makes them index-only scans on vacuumed tables (as EXPLAIN on the benchmark's data shows).
        assertThat(indexDefinition("event_public_by_municipality"))
                .endsWith("(municipality_ags, starts_at) INCLUDE (ends_at, type) WHERE (status <> 'DRAFT'::text)");
        assertThat(indexDefinition("event_public_by_start_end"))
                .endsWith("(starts_at) INCLUDE (ends_at, type, attendance_mode, free_of_charge, state)"
                        + " WHERE (status <> 'DRAFT'::text)");
    }

    private String indexDefinition(String name) {
        return jdbc.sql("select indexdef from pg_indexes where indexname = :name")
                .param("name", name)
                .query(String.class)
                .single();
    }

    @Test
    void a_page_of_many_matches_estimates_the_total_and_a_page_of_few_counts_it() {
        withManyEvents(() -> {
            statements.reset();
            long many = search.find(query("topic=CLIMATE"), NOW, 1, 20).total();
            assertThat(many).isEqualTo(EventSearch.COUNT_LIMIT);
            assertThat(EventSearch.isExact(many)).isFalse();
            assertThat(statements.statements()).anyMatch(sql -> sql.startsWith("explain (format json)"))
                    .noneMatch(sql -> sql.contains("count(*)"));

            // one word in one town: more than a page, few enough to be counted exactly
            long few = search.find(query("q=Radverkehr&municipality=05124000"), NOW, 1, 20).total();
            long exact = jdbc.sql("""
                            select count(*) from event
                             where status <> 'DRAFT' and municipality_ags = '05124000' and ends_at > :now
                               and title like '%Radverkehr%'
                            """)
                    .param("now", NOW.atOffset(ZoneOffset.UTC))
                    .query(Long.class)
                    .single();
            assertThat(exact).isBetween(21L, (long) EventSearch.COUNT_LIMIT - 1);
            assertThat(few).isEqualTo(exact);
        });
    }

    @Test
    void by_relevance_only_the_first_matches_in_date_order_are_ranked_and_only_the_page_is_read_again() {
        withManyEvents(() -> {
            String plan = plan("q=Buergerversammlung&sort=relevance");

            // more than a thousand upcoming events match; the ranking reads as many as a total names exactly, and only
            // the twenty of the page are read again for their columns
            assertThat(plan).contains("CTE candidates")
                    .containsPattern("Limit \\(actual time=[0-9.]+\\.\\.[0-9.]+ rows=" + EventSearch.COUNT_LIMIT + " loops=1\\)")
                    .containsPattern("Index Scan using event_pkey on event e \\(actual time=[0-9.]+\\.\\.[0-9.]+ rows=1 loops=20\\)");
        });
    }

    @Test
    void searches_are_planned_for_their_words_every_time_never_with_a_plan_kept_for_all_words() {
        // (no events needed: which statements the server keeps does not depend on the data)
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            // WHEN the same searches run on one connection more often than the driver needs to keep a statement
            // on the server
            for (int i = 0; i < 8; i++) {
                search.find(query("q=Buergerversammlung&sort=relevance"), NOW, 1, 20);
                search.find(query("q=Radverkehr&municipality=05124000"), NOW, 1, 20);
            }

            // THEN PostgreSQL keeps none of them, so none can get a plan made once for all words
            assertThat(jdbc.sql("select statement from pg_prepared_statements").query(String.class).list())
                    .noneMatch(statement -> statement.contains("search_document"));
            status.setRollbackOnly();
        });
    }

    private String plan(String parameters) {
        return search.explain(query(parameters), NOW, page(parameters), 20);
    }

    private EventQuery query(String parameters) {
        Map<String, String[]> map = new java.util.LinkedHashMap<>();
        for (String pair : parameters.split("&")) {
            String[] parts = pair.split("=", 2);
            if (!parts[0].equals("page")) {
                map.put(parts[0], new String[] {parts[1]});
            }
        }
        return queries.parse(map, EventQuery.Scope.UPCOMING, true);
    }

    private static int page(String parameters) {
        for (String pair : parameters.split("&")) {
            if (pair.startsWith("page=")) {
                return Integer.parseInt(pair.substring(5));
            }
        }
        return 1;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /**
     * Checks while the many events are there: in the class's open transaction, bound to this thread.
     */
    private void withManyEvents(Runnable check) {
        assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                .as("the transaction with the many events is open on this thread").isTrue();
        check.run();
    }

    /**
     * Thirty thousand events over three years around {@link #NOW}, with the benchmark's German titles,
     * places, types and topics, analysed so that the planner sees them; rolled back after the class.
     */
    private void writeManyEvents() {
        jdbc.sql("""
                with places(i, ags, name) as (
                    values (0, '05315000', 'Köln'), (1, '05111000', 'Düsseldorf'), (2, '05913000', 'Dortmund'),
                           (3, '05113000', 'Essen'), (4, '05515000', 'Münster'), (5, '05711000', 'Bielefeld'),
                           (6, '05314000', 'Bonn'), (7, '05334002', 'Aachen'), (8, '05124000', 'Wuppertal'),
                           (9, '05513000', 'Gelsenkirchen'), (10, '05774032', 'Paderborn'), (11, '05970040', 'Siegen'),
                           (12, '05170024', 'Moers'), (13, '05158020', 'Mettmann'), (14, '05158004', 'Erkrath'),
                           (15, '07315000', 'Mainz'), (16, '09162000', 'München'), (17, '11000000', 'Berlin')
                )
                insert into event (id, slug, organization_id, status, type, title, summary, description_markdown,
                                   starts_at, ends_at, time_zone, attendance_mode, municipality_name,
                                   municipality_ags, state, free_of_charge, registration_mode, audiences, topics,
                                   accessibility_features)
                select gen_random_uuid(), 'plan-' || gen_random_uuid(), :organizer,
                       case when n % 51 = 0 then 'DRAFT' when n % 97 = 0 then 'CANCELLED' else 'PUBLISHED' end,
                       (array['CONFERENCE', 'WORKSHOP', 'BARCAMP', 'CITIZENS_ASSEMBLY', 'INFORMATION_EVENT',
                              'COUNCIL_MEETING', 'ONLINE_DIALOGUE', 'OTHER'])[1 + n % 8],
                       (array['Bürgerversammlung', 'Workshop', 'Werkstatt', 'Forum', 'Dialog', 'Tagung',
                              'Sprechstunde', 'Infoabend'])[1 + n % 8]
                           || ' ' || (array['zum Bürgerhaushalt', 'zur Mobilitätswende', 'über offene Daten',
                              'zum Klimaschutz', 'zur Stadtentwicklung', 'zur Digitalisierung der Verwaltung',
                              'über Transparenz im Rat', 'zum Radverkehr', 'zur Jugendbeteiligung',
                              'über Kultur im Quartier', 'zur Straßenplanung', 'über Ehrenamt'])[1 + (n / 8) % 12]
                           || ' in ' || p.name,
                       'Gemeinsam mit Verwaltung, Politik und Bürgerschaft sprechen wir über nächste Schritte für '
                           || p.name || '.',
                       'Die Veranstaltung richtet sich an alle Interessierten.',
                       :first + (n::double precision / :events) * interval '1095 days',
                       :first + (n::double precision / :events) * interval '1095 days'
                           + case when n % 50 = 0 then interval '2 days' else interval '150 minutes' end,
                       'Europe/Berlin', (array['IN_PERSON', 'IN_PERSON', 'ONLINE', 'HYBRID'])[1 + n % 4],
                       p.name, p.ags,
                       case when p.ags like '05%' then 'NORDRHEIN_WESTFALEN' when p.ags like '07%' then 'RHEINLAND_PFALZ'
                            when p.ags like '09%' then 'BAYERN' else 'BERLIN' end,
                       n % 5 <> 0,
                       (array['NONE', 'REQUESTED', 'REQUIRED', 'EXTERNAL'])[1 + n % 4],
                       array[(array['CITIZENS', 'POLITICIANS', 'ADMINISTRATION', 'RESEARCH', 'BUSINESS',
                                    'CIVIL_SOCIETY', 'YOUTH', 'SENIORS', 'MEDIA'])[1 + n % 9]],
                       array[(array['OPEN_GOVERNMENT', 'PARTICIPATION', 'TRANSPARENCY', 'OPEN_DATA',
                                    'DIGITALISATION', 'CIVIC_ENGAGEMENT', 'COOPERATION', 'URBAN_DEVELOPMENT',
                                    'MOBILITY', 'CLIMATE', 'PARTICIPATORY_BUDGET', 'EDUCATION', 'SOCIAL_AFFAIRS',
                                    'CULTURE'])[1 + n % 14],
                             (array['PARTICIPATION', 'OPEN_DATA', 'CLIMATE'])[1 + n % 3]],
                       case when n % 3 = 0 then array['STEP_FREE_ACCESS', 'ACCESSIBLE_TOILET']
                            when n % 3 = 1 then array['STEP_FREE_ACCESS'] else '{}'::text[] end
                  from generate_series(1, :events) as n
                  join places p on p.i = n % 18
                """)
                .param("organizer", organizer.id().value())
                .param("first", NOW.minus(Duration.ofDays(730)).atOffset(ZoneOffset.UTC))
                .param("events", EVENTS)
                .update();
        jdbc.sql("analyze event").update();
    }
}
