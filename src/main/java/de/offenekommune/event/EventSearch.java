package de.offenekommune.event;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGStatement;
import org.postgresql.util.PGInterval;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.internal.CalendarDay;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.platform.ResultPage;

/**
 * Finding public events: filters, German full-text search, the month calendar and the list of
 * municipalities. Every query is bounded: by page size, by {@link #MAX_OFFSET}, by the search terms
 * that {@link EventQueries} and {@link SearchTerms} allow, and by indexes for each filter.
 */
@Repository
public class EventSearch {

    /** Deeper pages are refused; the open-data exports have everything. */
    public static final int MAX_OFFSET = 10_000;
    /** Counting stops here: "more than 1,000" is all anybody reads, and it keeps every count cheap. */
    public static final int COUNT_LIMIT = 1_001;
    /**
     * From this many expected matches on, nothing is counted and the total only promises more than
     * {@code COUNT_LIMIT - 1}: counting to 1,001 walks 1,001 rows and whatever the filter passes over,
     * which costs more than the page itself. Twice the limit leaves room for the planner's estimate
     * to be off by half before a total would promise too much.
     */
    static final long ESTIMATE_THRESHOLD = 2L * COUNT_LIMIT;
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\"\\s*:\\s*(\\d+)");

    private final JdbcClient jdbc;
    /** For statements with search words: planned for their words every time ({@link PlannedForTheirValues}). */
    private final JdbcClient searching;
    private volatile Cached cached = new Cached(-1, Duration.ofDays(366));
    private volatile Municipalities municipalities;
    private final SearchTurns turns;

    EventSearch(JdbcClient jdbc, DataSource dataSource, @Value("${ok.search.concurrency:8}") int concurrency) {
        this.jdbc = jdbc;
        this.searching = JdbcClient.create(new PlannedForTheirValues(dataSource));
        this.turns = new SearchTurns(concurrency);
    }

    /**
     * Statements planned with their values every time, never once for all values, for searches. Whether a word is in five
     * events or in five thousand decides the plan (walk the start index and test each event's text, or read the
     * text index first), and the plan PostgreSQL keeps for a prepared statement after a few executions cannot
     * know it: on 100,000 events such a kept plan made a relevance search 165 ms instead of 24 ms. Planning
     * each time costs about a millisecond.
     */
    private static final class PlannedForTheirValues extends JdbcTemplate {

        PlannedForTheirValues(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void applyStatementSettings(Statement statement) throws SQLException {
            super.applyStatementSettings(statement);
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    public CatalogVersion version() {
        return jdbc.sql("""
                        select version, changed_at
                          from event_catalog
                        """)
                .query((rs, row) -> new CatalogVersion(rs.getLong("version"),
                        instant(rs, "changed_at")))
                .single();
    }

    /**
     * One page of matching events, soonest first (latest first in the past), or best match first.
     * The total is exact below {@link #COUNT_LIMIT}; from there on it only promises that there is more
     * (see {@link #isExact}).
     */
    public ResultPage<EventSummary> find(EventQuery query, Instant now, int page, int size) {
        Filter filter = filter(query, now);
        return turns.inTurn(() -> filter.searches()
                ? findMatches(query, filter, page, size)
                : findFiltered(query, filter, page, size));
    }

    /**
     * Filters without search words: the page first, then, only where there is a further page, the planner's
     * estimate, and a count (from an index alone, where the filter's index carries its columns) only where the
     * estimate is not clearly beyond {@link #COUNT_LIMIT}.
     */
    private ResultPage<EventSummary> findFiltered(EventQuery query, Filter filter, int page, int size) {
        Fetched fetched = fetch(query, filter, page, size);
        List<EventSummary> items = fetched.items();
        boolean more = fetched.more();
        long offset = ResultPage.offset(page, size);
        long total;
        if (!more && (page == 1 || !items.isEmpty())) {
            total = offset + items.size();
        } else {
            long counted = more && estimate(filter) >= ESTIMATE_THRESHOLD ? COUNT_LIMIT : count(filter);
            total = counted >= COUNT_LIMIT ? Math.max(COUNT_LIMIT, offset + items.size() + (more ? 1 : 0)) : counted;
        }
        return new ResultPage<>(items, page, size, total);
    }

    /**
     * Searches: the planner's estimate comes first, a plan and no scan. Where it expects many matches in date
     * order, the page is read alone and nothing is counted. Otherwise one statement finds the first matches (up to
     * {@link #COUNT_LIMIT}, or as far as the page lies), counts them and returns the page from them, so the text
     * index is read once per page, not once for the page and again for the count.
     */
    private ResultPage<EventSummary> findMatches(EventQuery query, Filter filter, int page, int size) {
        long offset = ResultPage.offset(page, size);
        if (readsPageAlone(query, filter)) {
            Fetched fetched = fetch(query, filter, page, size);
            List<EventSummary> items = fetched.items();
            long total = fetched.more() ? Math.max(COUNT_LIMIT, offset + items.size() + 1)
                    : !items.isEmpty() || page == 1 ? offset + items.size() : countedPage(query, filter, 1, size).total();
            return new ResultPage<>(items, page, size, total);
        }
        CountedPage counted = countedPage(query, filter, page, size);
        boolean more = counted.total() > offset + counted.items().size();
        long total = counted.total() >= COUNT_LIMIT
                ? Math.max(COUNT_LIMIT, offset + counted.items().size() + (more ? 1 : 0))
                : counted.total();
        return new ResultPage<>(counted.items(), page, size, total);
    }

    /** One page, and whether a further page follows (the statement reads one row more than the page). */
    private record Fetched(List<EventSummary> items, boolean more) {
    }

    private Fetched fetch(EventQuery query, Filter filter, int page, int size) {
        List<EventSummary> rows = pageStatement("", query, filter, page, size)
                .query(Events::mapSummary)
                .list();
        boolean more = rows.size() > size;
        return new Fetched(more ? List.copyOf(rows.subList(0, size)) : rows, more);
    }

    private boolean readsPageAlone(EventQuery query, Filter filter) {
        return !ranks(query, filter) && estimate(filter) >= ESTIMATE_THRESHOLD;
    }

    /** The plan of {@link #find}'s query for one page, as EXPLAIN ANALYZE shows it: for tests of the indexes. */
    String explain(EventQuery query, Instant now, int page, int size) {
        Filter filter = filter(query, now);
        String prefix = "explain (analyze, costs off) ";
        JdbcClient.StatementSpec statement = !filter.searches() || readsPageAlone(query, filter)
                ? pageStatement(prefix, query, filter, page, size)
                : countedPageStatement(prefix, query, filter, page, size);
        return String.join("\n", statement.query(String.class).list());
    }

    private JdbcClient.StatementSpec pageStatement(String prefix, EventQuery query, Filter filter, int page, int size) {
        return client(filter).sql(prefix + select(Events.SUMMARY_COLUMNS, query, filter, """
                         limit :limit
                        offset :offset
                        """))
                .params(filter.params())
                .param("candidates", COUNT_LIMIT)
                .param("limit", size + 1)
                .param("offset", ResultPage.offset(page, size));
    }

    private record CountedPage(List<EventSummary> items, long total) {
    }

    private CountedPage countedPage(EventQuery query, Filter filter, int page, int size) {
        List<EventSummary> items = new ArrayList<>();
        long[] total = {0};
        countedPageStatement("", query, filter, page, size).query((ResultSet rs) -> {
            total[0] = rs.getLong("total");
            if (rs.getObject("id") != null) {
                items.add(Events.mapSummary(rs, items.size()));
            }
        });
        return new CountedPage(List.copyOf(items), total[0]);
    }

    /**
     * The page and, in the same statement, the number of matches up to {@link #COUNT_LIMIT} (or up to one past
     * the page, when it lies further): one row per event of the page with the total, or one row with only the
     * total when the page is empty.
     */
    private JdbcClient.StatementSpec countedPageStatement(String prefix, EventQuery query, Filter filter, int page,
            int size) {
        long offset = ResultPage.offset(page, size);
        return searching.sql(prefix + shown(query, filter, """
                             limit :size
                            offset :offset
                        """) + """
                        select t.total, x.*
                          from (select count(*) as total from candidates) t
                          left join lateral (
                                select s.position, %s
                                  from shown s
                                  join event e on e.id = s.id
                               ) x on true
                         order by x.position
                        """.formatted(Events.SUMMARY_FIELDS.strip()))
                .params(filter.params())
                .param("candidates", ranks(query, filter) ? COUNT_LIMIT : Math.max(COUNT_LIMIT, offset + size + 1))
                .param("size", size)
                .param("offset", offset);
    }

    /**
     * The matching events with {@code columns} (a select from {@code event e}) in the query's order, as far as
     * {@code limit} (and offset) take them.
     */
    private static String select(String columns, EventQuery query, Filter filter, String limit) {
        String direction = direction(query);
        if (!ranks(query, filter)) {
            return columns + filter.where() + " order by e.starts_at" + direction + ", e.id\n" + limit;
        }
        return shown(query, filter, limit) + columns + """
                  join shown s on s.id = e.id
                 order by s.position
                """;
    }

    /**
     * The common table expressions {@code candidates} (see {@link #candidates}) and {@code shown}: the ids of the
     * candidates on the page, as far as {@code limit} (and offset) take them, with their {@code position} in the
     * query's order. Only the rows of the page are then read again for their columns.
     */
    private static String shown(EventQuery query, Filter filter, String limit) {
        return "with " + candidates(query, filter) + """
                , shown as (
                    select c.id, row_number() over (order by %s c.starts_at%s, c.id) as position
                      from candidates c
                     order by position
                %s)
                """.formatted(ranks(query, filter) ? "c.rank desc," : "", direction(query), limit);
    }

    /**
     * The first {@code :candidates} matches in date order, with their rank when they are to be ordered by
     * relevance: a common table expression named {@code candidates}. By relevance, only the first
     * {@link #COUNT_LIMIT} matches are ranked, as many as a total names exactly: ranking has to read every
     * candidate's text, and a word that thousands of events share would otherwise be read thousands of times for
     * each page. Searches with fewer matches rank them all.
     */
    private static String candidates(EventQuery query, Filter filter) {
        String rank = ranks(query, filter) ? ", ts_rank(e.search_document, " + filter.terms.sql() + ") as rank" : "";
        return """
                candidates as materialized (
                    select e.id, e.starts_at%s
                      from event e
                %s     order by e.starts_at%s, e.id
                     limit :candidates
                )
                """.formatted(rank, filter.where(), direction(query));
    }

    private static String direction(EventQuery query) {
        return query.scope() == EventQuery.Scope.PAST ? " desc" : "";
    }

    private static boolean ranks(EventQuery query, Filter filter) {
        return query.byRelevance() && filter.searches();
    }

    /** Whether a total from {@link #find} is the exact number of matches. */
    public static boolean isExact(long total) {
        return total < COUNT_LIMIT;
    }

    /**
     * The planner's estimate of the matches: a plan, not a scan. Conditions that only help an index
     * (implied by others) are left out, since the planner would count their selectivity twice, and the
     * end of an event counts as its start (see {@link Filter#estimateAs}).
     */
    private long estimate(Filter filter) {
        String plan = client(filter).sql("explain (format json) select 1 from event e\n" + filter.where(false, true))
                .params(filter.params())
                .query(String.class)
                .single();
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    /** Counts the matches of a filter without search words up to {@link #COUNT_LIMIT}. */
    private long count(Filter filter) {
        return jdbc.sql("""
                        select count(*)
                          from (select 1
                                  from event e
                        """ + filter.where() + """
                                 limit :countLimit) counted
                        """)
                .params(filter.params())
                .param("countLimit", COUNT_LIMIT)
                .query(Long.class)
                .single();
    }

    private JdbcClient client(Filter filter) {
        return filter.searches() ? searching : jdbc;
    }

    /** Whole events for feeds, in the order of {@link #find}. */
    public List<Event> findEvents(EventQuery query, Instant now, int limit) {
        Filter filter = filter(query, now);
        return client(filter).sql(select(FULL_COLUMNS, query, filter, """
                         limit :limit
                        """))
                .params(filter.params())
                .param("candidates", COUNT_LIMIT)
                .param("limit", limit)
                .query(EventSearch::mapFull)
                .list();
    }

    /** Up to {@code limit} public events with an id greater than {@code after}, by id: for exports. */
    public List<Event> findPublicAfter(EventId after, int limit) {
        return jdbc.sql(FULL_COLUMNS + """
                         where e.status <> 'DRAFT'
                           and e.id > :after
                         order by e.id
                         limit :limit
                        """)
                // PostgreSQL orders uuids as unsigned bytes: the nil uuid comes first.
                .param("after", after == null ? new UUID(0, 0) : after.value())
                .param("limit", limit)
                .query(EventSearch::mapFull)
                .list();
    }

    /**
     * The days of a month with the first {@code perDay} matching events of each, past and future
     * alike; the query's own scope and date range do not apply.
     */
    public List<CalendarDay> month(EventQuery query, YearMonth month, int perDay) {
        Filter filter = filter(query.withoutDates().withScope(EventQuery.Scope.ALL), null);
        String overlapsDay = filter.where() + """
                           and e.starts_at < (d.day + interval '1 day') at time zone 'Europe/Berlin'
                           and e.ends_at > d.day at time zone 'Europe/Berlin'
                           and e.starts_at > d.day at time zone 'Europe/Berlin' - :longest
                        """;
        Map<LocalDate, List<EventSummary>> events = new LinkedHashMap<>();
        Map<LocalDate, Long> totals = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.day::date as day, c.total, x.*
                          from generate_series(:first::timestamp, :last::timestamp, interval '1 day') as d(day)
                         cross join lateral (
                               select count(*) as total
                                 from event e
                        """ + overlapsDay + """
                               ) c
                          left join lateral (
                        """ + Events.SUMMARY_COLUMNS + overlapsDay + """
                                order by e.starts_at, e.id
                                limit :perDay
                               ) x on true
                         order by d.day, x.starts_at, x.id
                        """)
                .params(filter.params())
                .param("first", month.atDay(1).atStartOfDay())
                .param("last", month.atEndOfMonth().atStartOfDay())
                .param("longest", interval(longest()))
                .param("perDay", perDay)
                .query((ResultSet rs) -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    totals.put(day, rs.getLong("total"));
                    List<EventSummary> list = events.computeIfAbsent(day, d -> new ArrayList<>());
                    if (rs.getObject("id") != null) {
                        list.add(Events.mapSummary(rs, 0));
                    }
                });
        return events.entrySet().stream()
                .map(entry -> new CalendarDay(entry.getKey(), List.copyOf(entry.getValue()), totals.get(entry.getKey())))
                .toList();
    }

    /**
     * Municipalities that public events name, by name; remembered per catalog version and minute,
     * since every listing's filter form offers them.
     */
    public List<MunicipalityEntry> municipalities(Instant now) {
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        long current = version().version();
        Municipalities known = municipalities;
        if (known != null && known.version() == current && known.minute().equals(minute)) {
            return known.entries();
        }
        List<MunicipalityEntry> entries = jdbc.sql("""
                        select e.municipality_ags as ags,
                               mode() within group (order by e.municipality_name) as name,
                               count(*) filter (where e.ends_at > :now) as upcoming,
                               count(*) as total
                          from event e
                         where e.status <> 'DRAFT'
                           and e.municipality_ags is not null
                           and e.municipality_name is not null
                         group by e.municipality_ags
                         order by name, ags
                        """)
                .param("now", utc(minute))
                .query((rs, row) -> new MunicipalityEntry(rs.getString("ags"), rs.getString("name"),
                        rs.getLong("upcoming"), rs.getLong("total")))
                .list();
        municipalities = new Municipalities(current, minute, List.copyOf(entries));
        return municipalities.entries();
    }

    private record Municipalities(long version, Instant minute, List<MunicipalityEntry> entries) {
    }

    private Filter filter(EventQuery query, Instant now) {
        Filter filter = new Filter();
        filter.add("e.status <> 'DRAFT'");
        Instant lowerEnd = null;
        if (query.scope() == EventQuery.Scope.UPCOMING) {
            filter.add("e.ends_at > :now", "now", now);
            filter.estimateAs("e.ends_at > :now", "e.starts_at > :now");
            lowerEnd = now;
        } else if (query.scope() == EventQuery.Scope.PAST) {
            filter.add("e.ends_at <= :now", "now", now);
            // Implied (no event ends before it starts), but lets the start index begin at now.
            filter.hint("e.starts_at <= :now");
        }
        LocalDate today = now == null ? null : now.atZone(Schedule.DEFAULT_ZONE).toLocalDate();
        EventQuery.Range range = today == null ? null : query.range(today).orElse(null);
        if (range != null && range.end() != null) {
            filter.add("e.starts_at < :rangeEnd", "rangeEnd", range.end());
        }
        if (range != null && range.start() != null) {
            filter.add("e.ends_at > :rangeStart", "rangeStart", range.start());
            filter.estimateAs("e.ends_at > :rangeStart", "e.starts_at > :rangeStart");
            lowerEnd = lowerEnd == null || range.start().isAfter(lowerEnd) ? range.start() : lowerEnd;
        }
        if (lowerEnd != null) {
            // Implied by the end condition, but lets the start index skip everything long over.
            filter.hint("e.starts_at > :earliestStart", "earliestStart", lowerEnd.minus(longest()));
        }
        if (query.municipality() != null) {
            filter.add("e.municipality_ags = :municipality", "municipality", query.municipality());
        }
        if (query.district() != null) {
            filter.add("e.municipality_ags between :districtFirst and :districtLast", "districtFirst",
                    query.district() + "000");
            filter.params.put("districtLast", query.district() + "999");
        }
        if (query.state() != null) {
            filter.add("e.state = :state", "state", query.state().name());
        }
        if (query.organizer() != null) {
            filter.add("e.organization_id = :organizer", "organizer", query.organizer().id().value());
        }
        if (!query.types().isEmpty()) {
            filter.add("e.type = any(:types::text[])", "types", names(query.types()));
        }
        if (!query.topics().isEmpty()) {
            filter.add("e.topics && :topics::text[]", "topics", names(query.topics()));
        }
        if (!query.audiences().isEmpty()) {
            filter.add("e.audiences && :audiences::text[]", "audiences", names(query.audiences()));
        }
        if (!query.accessibility().isEmpty()) {
            // Every chosen offer must be there: someone who needs two needs both.
            filter.add("e.accessibility_features @> :accessibility::text[]", "accessibility", names(query.accessibility()));
        }
        if (!query.attendance().isEmpty()) {
            filter.add("e.attendance_mode = any(:attendance::text[])", "attendance", names(query.attendance()));
        }
        if (query.freeOnly()) {
            filter.add("e.free_of_charge");
        }
        if (query.registrationOpen()) {
            filter.add("e.status = 'PUBLISHED'");
            filter.add("e.registration_mode <> 'NONE'");
            filter.add("(e.registration_opens_at is null or e.registration_opens_at <= :registrationNow)",
                    "registrationNow", now == null ? Instant.now() : now);
            filter.add("coalesce(e.registration_deadline, e.starts_at) > :registrationNow");
        }
        SearchTerms terms = SearchTerms.of(query.text());
        if (query.hasText()) {
            filter.terms = terms;
            if (terms.isEmpty()) {
                filter.add("false");
            } else {
                filter.text = "e.search_document @@ " + terms.sql();
                filter.add(filter.text);
                terms.bind(filter.params);
            }
        }
        return filter;
    }

    /**
     * The longest public event, remembered per catalog version: lets every "has not ended yet"
     * condition also bound the start, which the index can use.
     */
    private Duration longest() {
        long current = version().version();
        Cached known = cached;
        if (known.version() == current) {
            return known.longest();
        }
        Duration longest = jdbc.sql("""
                        select coalesce(max(extract(epoch from e.ends_at - e.starts_at)), 0)::bigint
                          from event e
                         where e.status <> 'DRAFT'
                        """)
                .query(Long.class)
                .optional()
                .map(Duration::ofSeconds)
                .orElse(Duration.ZERO)
                .plus(1, ChronoUnit.MINUTES);
        cached = new Cached(current, longest);
        return longest;
    }

    private record Cached(long version, Duration longest) {
    }

    private static PGInterval interval(Duration duration) {
        return new PGInterval(0, 0, 0, 0, 0, duration.getSeconds());
    }

    private static String[] names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static final String FULL_COLUMNS = """
            select e.*,
                   array(select l.label from event_link l where l.event_id = e.id order by l.position) as link_labels,
                   array(select l.url from event_link l where l.event_id = e.id order by l.position) as link_urls
              from event e
            """;

    private static Event mapFull(ResultSet rs, int row) throws SQLException {
        String[] labels = (String[]) rs.getArray("link_labels").getArray();
        String[] urls = (String[]) rs.getArray("link_urls").getArray();
        List<EventLink> links = new ArrayList<>();
        for (int i = 0; i < Math.min(labels.length, urls.length); i++) {
            links.add(new EventLink(labels[i], urls[i]));
        }
        return Events.mapEvent(rs, links);
    }

    /** Conditions joined by {@code and}, one per line, with their parameters. */
    private static final class Filter {

        private final List<String> clauses = new ArrayList<>();
        private final Map<String, String> estimated = new LinkedHashMap<>();
        private final Map<String, Object> params = new LinkedHashMap<>();
        private SearchTerms terms;
        private String text;

        /** Whether the filter has search words. */
        boolean searches() {
            return terms != null && !terms.isEmpty();
        }

        void add(String clause) {
            clauses.add(clause);
        }

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            params.put(name, value instanceof Instant instant ? utc(instant) : value);
        }

        /** A condition implied by the others that lets an index bound its scan; left out of estimates. */
        void hint(String clause) {
            clauses.add(clause);
            estimated.put(clause, null);
        }

        void hint(String clause, String name, Object value) {
            add(clause, name, value);
            estimated.put(clause, null);
        }

        /**
         * How an estimate sees a condition: the planner takes "ends after" and "starts before" as
         * unrelated and would expect far too many events in a few days; "starts after" instead counts
         * only the events already running too few, which errs on the side of counting.
         */
        void estimateAs(String clause, String estimate) {
            estimated.put(clause, estimate);
        }

        String where() {
            return where(false);
        }

        /** @param withoutText leave out the full-text condition, e.g. where the rows already match it */
        String where(boolean withoutText) {
            return where(withoutText, false);
        }

        /** @param forEstimate the conditions as {@link #estimateAs} and {@link #hint} say */
        String where(boolean withoutText, boolean forEstimate) {
            List<String> chosen = clauses.stream()
                    .filter(c -> !(withoutText && c.equals(text)))
                    .map(c -> forEstimate && estimated.containsKey(c) ? estimated.get(c) : c)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            return "         where " + String.join("\n           and ", chosen) + "\n";
        }

        Map<String, Object> params() {
            return params;
        }
    }
}
