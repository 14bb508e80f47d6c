package de.offenekommune.barcamp;

import static de.offenekommune.FormTokens.formToken;
import static de.offenekommune.registration.RegistrationFixtures.fromNewAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestHttp;
import de.offenekommune.barcamp.internal.BarcampSubmissions;
import de.offenekommune.barcamp.internal.ProposalState;
import de.offenekommune.barcamp.internal.ProposalStateException;
import de.offenekommune.barcamp.internal.Proposals;
import de.offenekommune.barcamp.internal.RankedProposal;
import de.offenekommune.comment.FormStamps;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Room;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * The barcamp over HTTP with the whole application: guests propose and mark interest by double opt-in,
 * participants through their personal link, the organizer approves and places proposals into the
 * programme, and everyone interested hears once where and when.
 */
@IntegrationTest
class BarcampTests {

    private static final Pattern PROPOSAL_LINK = Pattern.compile("/barcamp/proposals/confirm/([A-Za-z0-9_-]{43})");
    private static final Pattern INTEREST_LINK = Pattern.compile("/barcamp/interest/confirm/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestHttp http;
    @Autowired
    FormStamps stamps;
    @Autowired
    ProgrammeManagement programme;
    @Autowired
    Programmes programmes;
    @Autowired
    BarcampPlanning planning;
    @Autowired
    BarcampSubmissions submissions;
    @Autowired
    Proposals proposals;

    RegistrationFixtures fixtures;
    RegistrationFixtures.Organizer organizer;
    Event event;
    Room aula;
    Room workshopRoom;
    Session placeholder;

    @BeforeEach
    void an_upcoming_event_with_a_barcamp_slot_in_two_rooms_that_takes_proposals() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
        event = fixtures.publishedEvent(organizer, null);
        aula = programme.saveRoom(organizer.principal(), event.id(), null, "Aula", 200, true, new Violations());
        workshopRoom = programme.saveRoom(organizer.principal(), event.id(), null, "Raum A 1.12", 30, true,
                new Violations());
        LocalDateTime start = event.details().schedule().localStart().toLocalDateTime().plusHours(1);
        placeholder = programme.saveSession(organizer.principal(), event.id(), null, new SessionDraft("Barcamp-Runde",
                null, SessionKind.BARCAMP, start, start.plusHours(1), aula.id(), "de", false, false, List.of()),
                new Violations());
        planning.open(organizer.principal(), event.id(), true);
    }

    @Test
    void a_guest_proposes_confirms_by_mail_and_the_proposal_is_public_only_after_approval() throws Exception {
        String email = RegistrationFixtures.email("vorschlag");

        String sent = perform(proposalForm("Ratsdaten für alle", "Julia", email)).getContentAsString();
        assertThat(sent).contains("Bitte bestätigen Sie Ihren Vorschlag");
        assertThat(publicPage()).doesNotContain("Ratsdaten für alle");

        OutboxMail mail = fixtures.lastMail(email, "barcamp_proposal_confirmation_to_guest");
        assertThat(mail.text()).contains("Ratsdaten für alle");
        String token = link(PROPOSAL_LINK, mail);
        assertThat(perform(get("/barcamp/proposals/confirm/" + token)).getContentAsString())
                .contains("Ratsdaten für alle");
        assertThat(perform(post("/barcamp/proposals/confirm/" + token).with(formToken(mvc))).getContentAsString())
                .contains("Danke, Ihr Vorschlag ist bestätigt");
        assertThat(publicPage()).as("waits for the organizer").doesNotContain("Ratsdaten für alle");
        assertThat(perform(post("/barcamp/proposals/confirm/" + token).with(formToken(mvc))).getStatus())
                .as("a link works once").isEqualTo(404);

        Proposal proposal = only(ProposalState.SUBMITTED);
        planning.approve(organizer.principal(), event.id(), proposal.id());

        assertThat(publicPage()).contains("Ratsdaten für alle", "vorgeschlagen von Julia",
                "eine Person interessiert sich");
    }

    @Test
    void a_proposal_with_mistakes_comes_back_with_every_problem_and_what_was_typed() throws Exception {
        MockHttpServletResponse response = perform(proposalForm("Offene Daten", "", "keine-adresse")
                .param("description", ""));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("value=\"Offene Daten\"", "value=\"keine-adresse\"",
                "Bitte füllen Sie dieses Feld aus.", "Bitte geben Sie eine gültige E-Mail-Adresse ein");
        assertThat(proposals.ranked(event.id(), List.of(ProposalState.values()))).isEmpty();
    }

    @Test
    void closed_proposals_are_refused_and_nothing_is_saved() throws Exception {
        approvedProposal("Schon freigegeben");
        planning.open(organizer.principal(), event.id(), false);

        MockHttpServletResponse response = perform(proposalForm("Zu spät", "Julia", RegistrationFixtures.email("spaet")));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("Zurzeit können keine Sessions vorgeschlagen werden.");
        assertThat(proposals.ranked(event.id(), List.of(ProposalState.values()))).hasSize(1);
        assertThat(publicPage()).as("the page stays for marking interest").contains("Schon freigegeben")
                .doesNotContain("Vorschlag senden");
    }

    @Test
    void each_person_marks_interest_once_through_the_personal_link_or_by_mail() throws Exception {
        Proposal proposal = approvedProposal("Bürgerhaushalt digital");
        String email = RegistrationFixtures.email("teilnehmerin");
        String personal = participant(email);

        // WHEN the participant marks interest twice through the personal link
        for (int i = 0; i < 2; i++) {
            assertThat(perform(post("/registrations/" + personal + "/barcamp/" + proposal.id() + "/interest")
                    .with(formToken(mvc)).with(fromNewAddress())).getStatus()).isEqualTo(302);
        }
        // AND by mail with the same address, which sends no mail since the mark is there
        assertThat(perform(interestForm(proposal, email.toUpperCase())).getStatus()).isEqualTo(200);
        // AND a guest marks by mail and confirms
        String guest = RegistrationFixtures.email("gast");
        perform(interestForm(proposal, guest));
        String token = link(INTEREST_LINK, fixtures.lastMail(guest, "barcamp_interest_confirmation_to_guest"));
        perform(post("/barcamp/interest/confirm/" + token).with(formToken(mvc)));

        // THEN the proposer, the participant and the guest count once each
        assertThat(interest(proposal)).isEqualTo(3);
        assertThat(fixtures.mailsTo(email)).extracting(OutboxMail::template)
                .doesNotContain("barcamp_interest_confirmation_to_guest");
        assertThat(perform(get("/registrations/" + personal + "/barcamp")).getContentAsString())
                .contains("Sie haben Interesse bekundet");
        assertThat(perform(get("/registrations/" + personal)).getContentAsString())
                .contains("/registrations/" + personal + "/barcamp");
    }

    @Test
    void an_unconfirmed_mark_does_not_count() throws Exception {
        Proposal proposal = approvedProposal("Open Source in der Verwaltung");

        perform(interestForm(proposal, RegistrationFixtures.email("zoegernd")));

        assertThat(interest(proposal)).as("only the proposer").isEqualTo(1);
    }

    @Test
    void placing_fills_free_cells_of_the_programme_and_publishing_tells_everyone_interested_once() throws Exception {
        Proposal first = approvedProposal("Offene Ratsinformationen");
        Proposal second = approvedProposal("Beteiligung im Quartier");
        String participantEmail = RegistrationFixtures.email("interessiert");
        submissions.markInterest(submissions.participant(participant(participantEmail)), first.id(), "10.0.0.1");
        BarcampGrid grid = planning.grid(event.id());
        BarcampGrid.Cell inAula = grid.freeCells().stream().filter(cell -> cell.room().equals(aula)).findFirst().orElseThrow();
        BarcampGrid.Cell inWorkshopRoom = grid.freeCells().stream().filter(cell -> cell.room().equals(workshopRoom))
                .findFirst().orElseThrow();

        // WHEN the first goes into the empty room, the second fills the aula's barcamp session
        Session placed = planning.place(organizer.principal(), event.id(), first.id(), inWorkshopRoom.key());
        Session filled = planning.place(organizer.principal(), event.id(), second.id(), inAula.key());

        // THEN both are barcamp sessions of the programme, the aula's in place of its placeholder
        assertThat(filled.id()).isEqualTo(placeholder.id());
        assertThat(programmes.of(event.id()).sessions()).extracting(Session::title, Session::kind, Session::room)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Offene Ratsinformationen", SessionKind.BARCAMP, workshopRoom.id()),
                        org.assertj.core.groups.Tuple.tuple("Beteiligung im Quartier", SessionKind.BARCAMP, aula.id()));
        assertThat(placed.start()).isEqualTo(placeholder.start());
        assertThat(planning.grid(event.id()).freeCells()).isEmpty();
        Proposal third = approvedProposal("Noch ein Thema");
        assertThatThrownBy(() -> planning.place(organizer.principal(), event.id(), third.id(), inAula.key()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .extracting(Violations.Violation::code).containsExactly("barcamp.place.cellTaken"));

        // WHEN the organizer publishes twice
        assertThat(planning.publish(organizer.principal(), event.id())).isEqualTo(2);
        assertThat(planning.publish(organizer.principal(), event.id())).isZero();

        // THEN the participant hears once where and when, and so does each proposer
        List<OutboxMail> told = fixtures.mailsTo(participantEmail).stream()
                .filter(mail -> mail.template().equals("barcamp_session_placed_to_interested")).toList();
        assertThat(told).singleElement().satisfies(mail -> assertThat(mail.text())
                .contains("Offene Ratsinformationen", "Raum A 1.12", "/events/" + event.slug() + "/programme#session-"));
        assertThat(publicPage()).contains("Wann und wo:", "Raum A 1.12");
    }

    @Test
    void the_organizer_moderates_and_places_over_http_and_nobody_else_may() throws Exception {
        Proposal proposal = submittedProposal("Transparenz im Haushalt");

        assertThat(perform(post("/manage/events/" + event.id() + "/barcamp/proposals/" + proposal.id() + "/approve")
                .with(user(fixtures.organizer().principal())).with(formToken(mvc))).getStatus()).isEqualTo(404);
        perform(post("/manage/events/" + event.id() + "/barcamp/proposals/" + proposal.id() + "/approve")
                .with(user(organizer.principal())).with(formToken(mvc)));
        assertThat(proposals.find(proposal.id()).orElseThrow().state()).isEqualTo(ProposalState.APPROVED);

        MockHttpServletResponse refused = perform(post("/manage/events/" + event.id() + "/barcamp/proposals/"
                + proposal.id() + "/place").param("cell-" + proposal.id(), "no-such-cell")
                .with(user(organizer.principal())).with(formToken(mvc)));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Bitte wählen Sie einen freien Platz im Raster.");

        String page = perform(get("/manage/events/" + event.id() + "/barcamp").with(user(organizer.principal())))
                .getContentAsString();
        assertThat(page).contains("Transparenz im Haushalt", "Raum A 1.12", "Platz für „Transparenz im Haushalt“");
    }

    @Test
    void a_rejected_proposal_is_not_public_and_cannot_be_placed() {
        Proposal proposal = submittedProposal("Werbung für mein Produkt");

        planning.reject(organizer.principal(), event.id(), proposal.id());

        assertThat(submissions.shown(event)).isEmpty();
        String cell = planning.grid(event.id()).freeCells().get(0).key();
        assertThatThrownBy(() -> planning.place(organizer.principal(), event.id(), proposal.id(), cell))
                .isInstanceOf(ProposalStateException.class);
    }

    private Proposal submittedProposal(String title) {
        return submissions.propose(submissions.participant(participant(RegistrationFixtures.email("vorschlagend"))),
                new ProposalInput(title, "Worum es geht.", ProposalFormat.DISCUSSION, "Kim", null), "10.0.0.2",
                java.util.Locale.GERMAN);
    }

    private Proposal approvedProposal(String title) {
        return planning.approve(organizer.principal(), event.id(), submittedProposal(title).id());
    }

    private String participant(String email) {
        RegistrationFixtures.registerThroughApi(http, event, "Erika Muster", email);
        return fixtures.confirm(email);
    }

    private int interest(Proposal proposal) {
        return proposals.ranked(event.id(), List.of(ProposalState.APPROVED)).stream()
                .filter(ranked -> ranked.proposal().id().equals(proposal.id()))
                .findFirst().orElseThrow().interest();
    }

    private Proposal only(ProposalState state) {
        return proposals.ranked(event.id(), List.of(state)).stream().map(RankedProposal::proposal).findFirst()
                .orElseThrow();
    }

    private MockHttpServletRequestBuilder proposalForm(String title, String name, String email) throws Exception {
        return form(post("/events/" + event.slug() + "/barcamp"), Map.of("title", title, "format", "DISCUSSION",
                "description", "Wie kommen Ratsdaten ins Netz?", "name", name, "email", email));
    }

    private MockHttpServletRequestBuilder interestForm(Proposal proposal, String email) throws Exception {
        return form(post("/events/" + event.slug() + "/barcamp/" + proposal.id() + "/interest"), Map.of("email", email));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields)
            throws Exception {
        request.with(formToken(mvc)).with(fromNewAddress())
                .param("stamp", stamps.issue(event.id(), Instant.now().minus(Duration.ofMinutes(1))));
        fields.forEach(request::param);
        return request;
    }

    private String publicPage() throws Exception {
        return perform(get("/events/" + event.slug() + "/barcamp")).getContentAsString();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static String link(Pattern pattern, OutboxMail mail) {
        Matcher matcher = pattern.matcher(mail.text());
        assertThat(matcher.find()).as("link in " + mail.template()).isTrue();
        return matcher.group(1);
    }
}
