package de.offenekommune.event;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;

/** Old addresses of published events keep working after the organizer changes the slug. */
@IntegrationTest
class EventSlugAliasTests {

    @Autowired
    EventManagement management;

    @Autowired
    Events events;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    MockMvc mvc;

    private Organization organization;
    private TestUser organizer;

    private Event published() {
        organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
        return fixtures.published(organizer, organization, referenceEvent().build());
    }

    private Event changeSlug(Event event, String slug) {
        Event current = fixtures.reload(event);
        return management.revise(organizer.principal(), event.id(), current.version(), current.details(), slug,
                new Violations());
    }

    @Test
    void the_old_address_of_a_published_event_leads_to_the_new_one() throws Exception {
        // GIVEN
        Event event = published();
        String oldSlug = event.slug();
        String newSlug = TestFixtures.unique("oknrw");

        // WHEN
        changeSlug(event, newSlug);

        // THEN
        assertThat(events.findCurrentSlugByAlias(oldSlug)).hasValue(newSlug);
        assertThat(events.isSlugTaken(oldSlug)).as("nobody else may take the old address").isTrue();
        mvc.perform(get("/events/" + oldSlug).accept(MediaType.TEXT_HTML))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/events/" + newSlug));
        mvc.perform(get("/events/" + newSlug).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    @Test
    void every_earlier_address_leads_to_the_current_one() throws Exception {
        Event event = published();
        String first = event.slug();
        String second = TestFixtures.unique("zwei");
        String third = TestFixtures.unique("drei");

        changeSlug(event, second);
        changeSlug(event, third);

        mvc.perform(get("/events/" + first)).andExpect(header().string("Location", "/events/" + third));
        mvc.perform(get("/events/" + second)).andExpect(header().string("Location", "/events/" + third));
    }

    @Test
    void an_old_address_cannot_be_taken_by_another_event() {
        Event event = published();
        String oldSlug = event.slug();
        changeSlug(event, TestFixtures.unique("neu"));

        assertThatThrownBy(() -> management.create(organizer.principal(), organization.id(),
                referenceEvent().build(), oldSlug, new Violations()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .extracting(Violations.Violation::code).containsExactly("event.slugTaken"));
    }

    @Test
    void an_organizer_may_return_to_an_earlier_address_of_the_same_event() throws Exception {
        // GIVEN an event moved from its first address to a second one
        Event event = published();
        String first = event.slug();
        String second = TestFixtures.unique("zwischendurch");
        changeSlug(event, second);

        // WHEN the organizer changes their mind
        changeSlug(event, first);

        // THEN the first address is the event's again and the second leads there
        assertThat(fixtures.reload(event).slug()).isEqualTo(first);
        mvc.perform(get("/events/" + first)).andExpect(status().isOk());
        mvc.perform(get("/events/" + second)).andExpect(header().string("Location", "/events/" + first));
    }

    @Test
    void a_draft_leaves_no_old_address_behind() throws Exception {
        organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
        Event draft = fixtures.draft(organizer, organization, referenceEvent().build());
        String oldSlug = draft.slug();

        changeSlug(draft, TestFixtures.unique("entwurf"));

        assertThat(events.findCurrentSlugByAlias(oldSlug)).isEmpty();
        assertThat(events.isSlugTaken(oldSlug)).isFalse();
        mvc.perform(get("/events/" + oldSlug).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void the_old_address_of_a_deleted_event_is_gone_too() throws Exception {
        Event event = published();
        String oldSlug = event.slug();
        changeSlug(event, TestFixtures.unique("weg"));

        management.delete(organizer.principal(), event.id());

        mvc.perform(get("/events/" + oldSlug).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        assertThat(events.isSlugTaken(oldSlug)).isFalse();
    }
}
