package de.offenekommune.event;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.account.Organization;

/** Storing and reading single events; lists are in {@link EventListsTests}. */
@IntegrationTest
class EventsTests {

    private static final Instant CREATED = Instant.parse("2013-09-01T10:15:30.123456Z");

    @Autowired
    Events events;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    /** The reference conference with every optional fact filled in as well. */
    static EventDetails everyFact() {
        return referenceEvent()
                .links(List.of(new EventLink("@OKNRW auf Twitter", "https://twitter.com/OKNRW"),
                        new EventLink("Veranstaltung auf Facebook", "https://www.facebook.com/events/oknrw2013"),
                        new EventLink("Anfahrt", "https://www.oknrw.de/anfahrt")))
                .cost(new Cost(false, "15 €, ermäßigt 8 €"))
                .registration(new RegistrationSettings(RegistrationMode.REQUIRED, null, 120,
                        Instant.parse("2013-09-30T22:00:00Z"), Instant.parse("2013-11-07T22:59:00Z")))
                .topics(Set.of(Topic.OPEN_DATA, Topic.PARTICIPATION, Topic.CULTURE))
                .accessibility(Set.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.INDUCTION_LOOP))
                .easyReadSummary("Wir treffen uns in Wuppertal.\nWir sprechen über Beteiligung.")
                .contact(new Contact("Anna Muster", "info@oknrw.de", "+49 202 563-0"))
                .build();
    }

    private Event insertDraft(Organization organization, EventDetails details) {
        Event event = Event.draft(EventId.random(), organization.id(), TestFixtures.unique("tagung"), details,
                "<h3>Das Ziel</h3>", CREATED);
        events.insert(event);
        return event;
    }

    @Test
    void every_fact_of_the_reference_event_survives_the_round_trip() {
        // GIVEN
        Organization organization = fixtures.organization();
        EventDetails details = everyFact();

        // WHEN
        Event saved = insertDraft(organization, details);
        Event read = events.findById(saved.id()).orElseThrow();

        // THEN
        assertThat(read.details()).isEqualTo(details);
        assertThat(read.details().links()).extracting(EventLink::label)
                .containsExactly("@OKNRW auf Twitter", "Veranstaltung auf Facebook", "Anfahrt");
        assertThat(read.details().venue().latitude()).isEqualTo("51.266944");
        assertThat(read.details().venue().longitude()).isEqualTo("7.207500");
        assertThat(read.details().schedule().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(read.id()).isEqualTo(saved.id());
        assertThat(read.organizer()).isEqualTo(organization.id());
        assertThat(read.slug()).isEqualTo(saved.slug());
        assertThat(read.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(read.statusNote()).isNull();
        assertThat(read.descriptionHtml()).isEqualTo("<h3>Das Ziel</h3>");
        assertThat(read.sequence()).isZero();
        assertThat(read.version()).isZero();
        assertThat(read.createdAt()).isEqualTo(CREATED);
        assertThat(read.updatedAt()).isEqualTo(CREATED);
        assertThat(read.publishedAt()).isNull();
    }

    @Test
    void finds_the_same_event_by_its_slug() {
        Event saved = insertDraft(fixtures.organization(), everyFact());

        Event read = events.findBySlug(saved.slug()).orElseThrow();

        assertThat(read.id()).isEqualTo(saved.id());
        assertThat(read.details()).isEqualTo(saved.details());
        assertThat(events.findBySlug(saved.slug() + "-gibt-es-nicht")).isEmpty();
        assertThat(events.findById(EventId.random())).isEmpty();
    }

    @Test
    void an_online_event_with_only_the_required_facts_round_trips_with_its_absences() {
        EventDetails details = referenceEvent().attendanceMode(AttendanceMode.ONLINE).onlineUrl("https://meet.example.org/oknrw")
                .venue(Venue.NONE).municipality(Municipality.NONE).description(null).websiteUrl(null).links(List.of())
                .audiences(Set.of()).audienceNote(null).topics(Set.of()).accessibility(Set.of())
                .registration(RegistrationSettings.NONE)
                .schedule(Schedule.allDay(LocalDate.of(2013, 11, 9), LocalDate.of(2013, 11, 10), ZoneId.of("America/New_York")))
                .build();

        Event read = events.findById(insertDraft(fixtures.organization(), details).id()).orElseThrow();

        assertThat(read.details()).isEqualTo(details);
        assertThat(read.details().schedule().allDay()).isTrue();
        assertThat(read.details().schedule().lastDay()).isEqualTo(LocalDate.of(2013, 11, 10));
    }

    @Test
    void stores_the_federal_state_of_the_ags_for_state_wide_lists() {
        Event saved = insertDraft(fixtures.organization(), everyFact());

        String state = jdbc.sql("select state from event where id = :id").param("id", saved.id().value())
                .query(String.class).single();

        assertThat(state).isEqualTo("NORDRHEIN_WESTFALEN");
    }

    @Test
    void an_update_with_a_stale_version_changes_nothing() {
        // GIVEN two organizers who opened the same event
        Event saved = insertDraft(fixtures.organization(), everyFact());
        Event first = events.findById(saved.id()).orElseThrow();
        Event second = events.findById(saved.id()).orElseThrow();

        // WHEN the first saves, then the second
        first.publish(CREATED.plusSeconds(60));
        boolean firstSaved = events.update(first);
        second.revise(referenceEvent().title("Überschrieben?").links(List.of()).build(), "", CREATED.plusSeconds(120));
        boolean secondSaved = events.update(second);

        // THEN the second is told and the first one's change stands, links included
        assertThat(firstSaved).isTrue();
        assertThat(secondSaved).isFalse();
        Event stored = events.findById(saved.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(stored.details().title()).isEqualTo(everyFact().title());
        assertThat(stored.details().links()).hasSize(3);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void an_update_replaces_facts_and_links() {
        Event saved = insertDraft(fixtures.organization(), everyFact());
        Event event = events.findById(saved.id()).orElseThrow();

        event.revise(referenceEvent().links(List.of(new EventLink("Neu", "https://www.oknrw.de/neu"))).build(), "<p>neu</p>",
                CREATED.plusSeconds(60));
        assertThat(events.update(event)).isTrue();

        Event stored = events.findById(saved.id()).orElseThrow();
        assertThat(stored.details().links()).containsExactly(new EventLink("Neu", "https://www.oknrw.de/neu"));
        assertThat(stored.details().contact()).isEqualTo(Contact.NONE);
        assertThat(stored.descriptionHtml()).isEqualTo("<p>neu</p>");
        assertThat(stored.updatedAt()).isEqualTo(CREATED.plusSeconds(60));
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void deleting_an_event_deletes_its_links_and_old_addresses() {
        Event saved = insertDraft(fixtures.organization(), everyFact());
        events.rememberSlug(saved.id(), saved.slug() + "-alt");

        events.delete(saved.id());

        assertThat(events.findById(saved.id())).isEmpty();
        assertThat(events.findCurrentSlugByAlias(saved.slug() + "-alt")).isEmpty();
        assertThat(jdbc.sql("select count(*) from event_link where event_id = :id").param("id", saved.id().value())
                .query(Long.class).single()).isZero();
    }
}
