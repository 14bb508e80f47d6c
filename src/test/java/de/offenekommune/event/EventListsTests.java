package de.offenekommune.event;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.platform.ResultPage;

/**
 * Upcoming, past and per-organizer lists. Each test looks at the lists from a random moment of the
 * 22nd century, where no other test puts events, and removes its events afterwards.
 */
@IntegrationTest
class EventListsTests {

    @Autowired
    Events events;

    @Autowired
    TestFixtures fixtures;

    private final Instant now = Instant.parse("2100-01-01T00:00:00Z")
            .plus(Duration.ofMinutes(ThreadLocalRandom.current().nextLong(90L * 365 * 24 * 60)));
    private final List<EventId> created = new ArrayList<>();

    @AfterEach
    void removeEvents() {
        created.forEach(events::delete);
    }

    private String save(Organization organization, EventStatus status, Duration startFromNow, Duration length) {
        Instant start = now.plus(startFromNow);
        EventDetails details = referenceEvent().title(TestFixtures.unique("Termin"))
                .schedule(new Schedule(start, start.plus(length), ZoneId.of("Europe/Berlin"), false)).build();
        Event event = new Event(EventId.random(), organization.id(), TestFixtures.unique("liste"), status,
                status == EventStatus.CANCELLED ? "Fällt aus." : null, details, "", 0, 0, now, now,
                status == EventStatus.DRAFT ? null : now);
        events.insert(event);
        created.add(event.id());
        return event.details().title();
    }

    private static List<String> titles(ResultPage<EventSummary> page) {
        return page.items().stream().map(EventSummary::title).toList();
    }

    @Test
    void upcoming_lists_public_events_that_have_not_ended_soonest_first() {
        // GIVEN
        Organization organization = fixtures.organization();
        long before = events.findUpcoming(now, 1, 1).total();
        String inThreeDays = save(organization, EventStatus.PUBLISHED, Duration.ofDays(3), Duration.ofHours(2));
        String tomorrow = save(organization, EventStatus.PUBLISHED, Duration.ofDays(1), Duration.ofHours(2));
        String draft = save(organization, EventStatus.DRAFT, Duration.ofHours(12), Duration.ofHours(2));
        String cancelled = save(organization, EventStatus.CANCELLED, Duration.ofDays(2), Duration.ofHours(2));
        String postponed = save(organization, EventStatus.POSTPONED, Duration.ofDays(4), Duration.ofHours(2));
        String running = save(organization, EventStatus.PUBLISHED, Duration.ofHours(-1), Duration.ofHours(2));
        String over = save(organization, EventStatus.PUBLISHED, Duration.ofHours(-3), Duration.ofHours(2));

        // WHEN
        ResultPage<EventSummary> page = events.findUpcoming(now, 1, 5);

        // THEN
        assertThat(titles(page)).containsExactly(running, tomorrow, cancelled, inThreeDays, postponed);
        assertThat(titles(page)).doesNotContain(draft, over);
        assertThat(page.total() - before).isEqualTo(5);
        assertThat(page.items().get(2).status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(page.items().get(2).statusNote()).isEqualTo("Fällt aus.");
    }

    @Test
    void upcoming_pages_continue_where_the_previous_ended() {
        Organization organization = fixtures.organization();
        long before = events.findUpcoming(now, 1, 1).total();
        List<String> saved = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            saved.add(save(organization, EventStatus.PUBLISHED, Duration.ofDays(day), Duration.ofHours(1)));
        }

        ResultPage<EventSummary> first = events.findUpcoming(now, 1, 2);
        ResultPage<EventSummary> second = events.findUpcoming(now, 2, 2);
        ResultPage<EventSummary> third = events.findUpcoming(now, 3, 2);

        assertThat(titles(first)).containsExactlyElementsOf(saved.subList(0, 2));
        assertThat(titles(second)).containsExactlyElementsOf(saved.subList(2, 4));
        assertThat(titles(third)).startsWith(saved.get(4));
        assertThat(first.total() - before).isEqualTo(5);
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalPages()).isEqualTo((int) ((first.total() + 1) / 2));
    }

    @Test
    void past_lists_public_events_that_have_ended_latest_first() {
        // GIVEN
        Organization organization = fixtures.organization();
        long before = events.findPast(now, 1, 1).total();
        String endsNow = save(organization, EventStatus.PUBLISHED, Duration.ofHours(-2), Duration.ofHours(2));
        String yesterday = save(organization, EventStatus.CANCELLED, Duration.ofDays(-1), Duration.ofHours(2));
        String lastWeek = save(organization, EventStatus.PUBLISHED, Duration.ofDays(-7), Duration.ofHours(2));
        String draft = save(organization, EventStatus.DRAFT, Duration.ofHours(-5), Duration.ofHours(2));
        String running = save(organization, EventStatus.PUBLISHED, Duration.ofHours(-1), Duration.ofHours(2));

        // WHEN
        ResultPage<EventSummary> first = events.findPast(now, 1, 2);
        ResultPage<EventSummary> second = events.findPast(now, 2, 2);

        // THEN
        assertThat(titles(first)).containsExactly(endsNow, yesterday);
        assertThat(titles(second)).startsWith(lastWeek).doesNotContain(draft, running);
        assertThat(first.total() - before).isEqualTo(3);
    }

    @Test
    void a_page_beyond_the_last_is_empty_but_knows_the_total() {
        Organization organization = fixtures.organization();
        save(organization, EventStatus.PUBLISHED, Duration.ofDays(1), Duration.ofHours(1));

        ResultPage<EventSummary> beyond = events.findUpcoming(now, 10_000, 20);

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isPositive();
        assertThat(beyond.hasNext()).isFalse();
    }

    @Test
    void organizers_see_all_their_events_drafts_included_latest_start_first() {
        // GIVEN
        Organization mine = fixtures.organization();
        Organization other = fixtures.organization();
        Organization empty = fixtures.organization();
        String early = save(mine, EventStatus.PUBLISHED, Duration.ofDays(1), Duration.ofHours(1));
        String late = save(mine, EventStatus.DRAFT, Duration.ofDays(2), Duration.ofHours(1));
        String past = save(mine, EventStatus.CANCELLED, Duration.ofDays(-30), Duration.ofHours(1));
        String theirs = save(other, EventStatus.PUBLISHED, Duration.ofDays(1), Duration.ofHours(1));

        // WHEN / THEN
        assertThat(events.findByOrganizers(Set.of(mine.id()))).extracting(EventSummary::title)
                .containsExactly(late, early, past);
        assertThat(events.findByOrganizers(Set.of(mine.id(), other.id()))).extracting(EventSummary::title)
                .containsExactlyInAnyOrder(late, early, past, theirs);
        assertThat(events.findByOrganizers(Set.of(empty.id()))).isEmpty();
        assertThat(events.findByOrganizers(Set.<OrganizationId>of())).isEmpty();
    }
}
