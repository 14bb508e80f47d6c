package de.offenekommune.registration;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.StatementCounter;
import de.offenekommune.event.Event;

/**
 * A registration from the form costs a fixed, small number of SQL statements: the event is read once
 * before and once under the seat lock, and the seats are counted only there.
 */
@IntegrationTest
class RegistrationStatementsTests {

    /**
     * Measured: 25 (seat) and 26 (waitlist) before the seats had one home; 21 and 22 since, one of them
     * writing the mail's bodies after the commit; 23 and 24 with the event's questions read for checking the
     * answers and the workshops' waiting lists looked at under the lock when the seats change.
     */
    static final int MOST_STATEMENTS_PER_REGISTRATION = 23;
    /** The event's first registration also makes its seat count and reads the event once more. */
    static final int MOST_STATEMENTS_FIRST = 27;

    @Autowired
    MockMvc mvc;
    @Autowired
    StatementCounter statements;
    @Autowired
    ApplicationContext context;

    RegistrationFixtures fixtures;
    Event event;

    @BeforeEach
    void an_event_with_two_seats_and_a_registration() throws Exception {
        fixtures = new RegistrationFixtures(context);
        event = fixtures.publishedEvent(fixtures.organizer(), 2);
        // the first registration also makes the event's seat count
        assertThat(statementsFor(form(RegistrationFixtures.email("erste")))).isBetween(1, MOST_STATEMENTS_FIRST);
    }

    @Test
    void a_registration_for_a_seat_needs_a_fixed_number_of_statements() throws Exception {
        assertThat(statementsFor(form(RegistrationFixtures.email("sitz")))).isBetween(1, MOST_STATEMENTS_PER_REGISTRATION);
    }

    @Test
    void a_registration_for_the_waitlist_needs_a_fixed_number_of_statements() throws Exception {
        statementsFor(form(RegistrationFixtures.email("zweite")));
        // one more for the place on the waitlist the mail tells
        assertThat(statementsFor(form(RegistrationFixtures.email("warte")))).isBetween(1, MOST_STATEMENTS_PER_REGISTRATION + 1);
    }

    private int statementsFor(MockHttpServletRequestBuilder request) throws Exception {
        statements.reset();
        mvc.perform(request).andExpect(status().isSeeOther());
        int count = statements.count();
        System.out.printf("registration: %d SQL statements%n", count);
        statements.statements().forEach(sql -> System.out.println("  " + sql));
        return count;
    }

    private MockHttpServletRequestBuilder form(String email) throws Exception {
        return post("/events/" + event.slug() + "/registration").with(formToken(mvc))
                .with(RegistrationFixtures.fromNewAddress())
                .param("name", "Erika Muster").param("email", email).param("consent", "true")
                .param("submission", UUID.randomUUID().toString());
    }
}
