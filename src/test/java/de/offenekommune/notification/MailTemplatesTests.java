package de.offenekommune.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import de.offenekommune.IntegrationTest;
import de.offenekommune.accessibility.mail.BarrierReportMail;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.mail.InvitationMail;
import de.offenekommune.barcamp.mail.InterestConfirmationMail;
import de.offenekommune.barcamp.mail.ProposalConfirmationMail;
import de.offenekommune.barcamp.mail.SessionPlacedMail;
import de.offenekommune.account.mail.LoginFailuresMail;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.comment.mail.CommentAwaitingModerationMail;
import de.offenekommune.comment.mail.CommentConfirmationMail;
import de.offenekommune.comment.mail.CommentReplyMail;
import de.offenekommune.notification.internal.MailRenderer;
import de.offenekommune.notification.internal.StoredMailContent;
import de.offenekommune.registration.mail.ChosenWorkshops;
import de.offenekommune.registration.mail.EventCancelledMail;
import de.offenekommune.registration.mail.EventFacts;
import de.offenekommune.registration.mail.EventPostponedMail;
import de.offenekommune.registration.mail.EventReminderMail;
import de.offenekommune.registration.mail.EventRescheduledMail;
import de.offenekommune.registration.mail.OrganizerMessageMail;
import de.offenekommune.registration.mail.CheckInHelperInvitedMail;
import de.offenekommune.registration.mail.ApprovalDecisionMail;
import de.offenekommune.registration.mail.ApprovalPendingMail;
import de.offenekommune.registration.mail.RegistrationCancelledMail;
import de.offenekommune.registration.mail.RegistrationConfirmedMail;
import de.offenekommune.registration.mail.RegistrationDuplicateMail;
import de.offenekommune.registration.mail.RegistrationMovedToWaitlistMail;
import de.offenekommune.registration.mail.RegistrationPromotedMail;
import de.offenekommune.registration.mail.RegistrationRequestedMail;
import de.offenekommune.registration.mail.RegistrationWaitlistedMail;
import de.offenekommune.registration.mail.WorkshopPlaceMail;

/**
 * Every kind of mail renders from its templates in German and English, every branch of them with sample
 * values: a template that is missing, takes another record or asks for a message that is missing fails here.
 */
@IntegrationTest
class MailTemplatesTests {

    private static final EventFacts EVENT = new EventFacts("Bürgerforum Wuppertal",
            "Samstag, 9. November 2013, 09:30–17:30 Uhr", "Rathaus Barmen, Johannes-Rau-Platz 1, 42275 Wuppertal",
            "http://localhost:8080/events/buergerforum");
    private static final EventFacts ONLINE_EVENT = new EventFacts("Digitale Sprechstunde",
            "Montag, 4. Mai 2026, 18:00 Uhr", null, "http://localhost:8080/events/sprechstunde");
    private static final String EVENT_URL = "http://localhost:8080/events/buergerforum";
    private static final List<ChosenWorkshops.Workshop> WORKSHOPS = List.of(
            new ChosenWorkshops.Workshop("Werkstatt 1: Offene Daten im Rat", "Samstag, 9. November 2013, 10:00–11:30 Uhr",
                    "Raum A 1.12", 0),
            new ChosenWorkshops.Workshop("Werkstatt 4: Beteiligung, die wirkt", "Samstag, 9. November 2013, 13:00–14:30 Uhr",
                    "", 2));

    @Autowired
    MailRenderer renderer;

    @Autowired
    StoredMailContent stored;

    @Test
    void every_mail_renders_in_german_and_english_and_shows_each_of_its_values() {
        for (MailContent content : samples()) {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                // WHEN the mail is rendered in this language
                MailRenderer.Rendered rendered = renderer.render(
                        new Mail("person@example.org", locale, content, null, null));

                // THEN subject and both bodies are there, and every value the caller gave is in the text
                String what = content + " in " + locale;
                assertThat(rendered.subject()).as(what).isNotBlank().doesNotContain("{0}");
                assertThat(rendered.html()).as(what).contains("<html lang=\"" + locale.getLanguage() + "\">");
                for (String value : shownValues(content)) {
                    assertThat(rendered.text()).as(what).contains(value);
                }
            }
        }
    }

    @Test
    void every_mail_reads_back_from_what_the_outbox_stores_and_renders_the_same() {
        for (MailContent content : samples()) {
            // WHEN the content is stored as the outbox row keeps it and read back
            MailContent read = stored.read(stored.write(content));

            // THEN it is the same record, and it renders to the same mail
            assertThat(read).as(content.toString()).isEqualTo(content);
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                assertThat(renderer.render(new Mail("person@example.org", locale, read, null, null)))
                        .as(content + " in " + locale)
                        .isEqualTo(renderer.render(new Mail("person@example.org", locale, content, null, null)));
            }
        }
    }

    @Test
    void a_stored_type_that_is_no_mail_record_of_the_application_is_not_made() {
        // GIVEN rows naming a class outside the application, and one of it that is no mail
        String foreign = "{\"type\":\"java.util.ArrayList\",\"value\":[]}";
        String notMail = "{\"type\":\"" + EventFacts.class.getName() + "\",\"value\":{\"title\":\"x\"}}";

        // THEN neither is read
        for (String row : List.of(foreign, notMail)) {
            assertThatThrownBy(() -> stored.read(row)).as(row).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Not a mail content type");
        }
    }

    @Test
    void every_mail_record_has_a_sample_here() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(MailContent.class));
        Set<String> records = scanner.findCandidateComponents("de.offenekommune").stream()
                .map(BeanDefinition::getBeanClassName)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> sampled = samples().stream()
                .map(content -> content.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(sampled).isEqualTo(records).hasSize(25);
    }

    @Test
    void every_mail_template_belongs_to_a_mail_record() throws IOException {
        Set<String> used = samples().stream()
                .map(content -> content.template() + ".jte")
                .collect(Collectors.toCollection(TreeSet::new));

        for (String root : List.of("src/main/jte", "src/main/jte-text")) {
            assertThat(mailTemplates(Path.of(root))).as(root).isEqualTo(used);
        }
    }

    /** Templates of whole mails, named by event and audience ({@code registration_confirmed_to_registrant}). */
    private static Set<String> mailTemplates(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.getParent().getFileName().toString().equals("mail"))
                    .filter(path -> path.getFileName().toString().matches("[a-z_]+_to_[a-z_]+\\.jte"))
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The values a person reads as given: texts, but not message keys, and not empty ones. */
    private static List<String> shownValues(MailContent content) {
        List<String> values = new ArrayList<>();
        for (RecordComponent component : content.getClass().getRecordComponents()) {
            Object value = value(component, content);
            if (value instanceof String text && !text.isEmpty() && !component.getName().endsWith("Key")) {
                values.add(text);
            } else if (value instanceof EventFacts event) {
                Stream.of(event.title(), event.when(), event.where(), event.url()).filter(part -> part != null)
                        .forEach(values::add);
            } else if (value instanceof ChosenWorkshops workshops) {
                workshops.workshops().forEach(workshop -> Stream.of(workshop.title(), workshop.when(), workshop.room())
                        .filter(part -> !part.isEmpty()).forEach(values::add));
                Stream.of(workshops.changeUrl()).filter(url -> !url.isEmpty()).forEach(values::add);
            } else if (value instanceof List<?> list) {
                list.forEach(item -> values.add(item.toString()));
            }
        }
        return values;
    }

    private static Object value(RecordComponent component, MailContent content) {
        try {
            return component.getAccessor().invoke(content);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each kind of mail, once for each branch of its templates. */
    private static List<MailContent> samples() {
        String confirm = "http://localhost:8080/registrations/confirm/abc";
        String personal = "http://localhost:8080/registrations/def";
        ChosenWorkshops workshops = new ChosenWorkshops(WORKSHOPS, false, personal);
        ChosenWorkshops waitingForSeat = new ChosenWorkshops(WORKSHOPS, true, personal);
        ChosenWorkshops notConfirmed = new ChosenWorkshops(WORKSHOPS, false, "");
        ChosenWorkshops none = ChosenWorkshops.NONE;
        List<MailContent> samples = new ArrayList<>(List.of(
                new RegistrationRequestedMail(EVENT, "Erika Mustermann", confirm, "8. November 2013, 12:00 Uhr"),
                new RegistrationWaitlistedMail(EVENT, "Erika Mustermann", 3, confirm, "8. November 2013, 12:00 Uhr"),
                new RegistrationConfirmedMail(EVENT, "Erika Mustermann", personal, 0, "A".repeat(64), workshops),
                new RegistrationConfirmedMail(ONLINE_EVENT, "Erika Mustermann", personal, 2, null, waitingForSeat),
                new RegistrationConfirmedMail(EVENT, "Erika Mustermann", personal, 0, "A".repeat(64), none),
                new RegistrationPromotedMail(EVENT, "Erika Mustermann", true, confirm, "8. November 2013, 12:00 Uhr", null,
                        notConfirmed),
                new RegistrationPromotedMail(EVENT, "Erika Mustermann", false, personal, "", "B".repeat(64), workshops),
                new RegistrationMovedToWaitlistMail(EVENT, "Erika Mustermann", 4, personal),
                new WorkshopPlaceMail(EVENT, "Erika Mustermann", "Werkstatt 2: Beteiligung, die wirkt"),
                new RegistrationCancelledMail(EVENT, "Erika Mustermann", true, "Der Saal ist kleiner als gedacht."),
                new RegistrationCancelledMail(EVENT, "Erika Mustermann", false, ""),
                new ApprovalPendingMail(EVENT, "Erika Mustermann", true, confirm, "8. November 2013, 12:00 Uhr"),
                new ApprovalPendingMail(EVENT, "Erika Mustermann", false, personal, ""),
                new ApprovalDecisionMail(EVENT, "Erika Mustermann", true, 0, personal, "Bis bald!", "C".repeat(64), workshops),
                new ApprovalDecisionMail(EVENT, "Erika Mustermann", true, 3, personal, "", null, waitingForSeat),
                new ApprovalDecisionMail(EVENT, "Erika Mustermann", false, 0, "", "Der Kreis ist auf Ratsmitglieder beschränkt.", null,
                        none),
                new RegistrationDuplicateMail(EVENT, "Erika Mustermann", true, confirm, 2, "8. November 2013, 12:00 Uhr"),
                new RegistrationDuplicateMail(EVENT, "Erika Mustermann", false, personal, 0, ""),
                new EventCancelledMail(EVENT, "Erika Mustermann", "Die Referentin ist erkrankt."),
                new EventCancelledMail(ONLINE_EVENT, "Erika Mustermann", ""),
                new EventPostponedMail(EVENT, "Erika Mustermann", "Ein neuer Termin folgt im Frühjahr.", personal),
                new EventPostponedMail(EVENT, "Erika Mustermann", "", personal),
                new EventRescheduledMail(EVENT, "Erika Mustermann", personal),
                new EventReminderMail(EVENT, "Erika Mustermann", "Ab Wuppertal Hbf mit der Schwebebahn bis Alter Markt.",
                        personal, personal + "/cancel", 0, "A".repeat(64), workshops),
                new EventReminderMail(ONLINE_EVENT, "Erika Mustermann", "", personal, personal + "/cancel", 3, null,
                        waitingForSeat),
                new OrganizerMessageMail(EVENT.title(), EVENT_URL, "Stadt Wuppertal",
                        "Bitte bringen Sie Ihren Ausweis mit."),
                new CheckInHelperInvitedMail(EVENT, "Hanna Helfer", "Stadt Wuppertal",
                        "http://localhost:8080/door/abc", "Montag, 4. Mai 2026, 23:59 Uhr"),
                new CommentConfirmationMail(EVENT.title(), EVENT_URL, "Max", "Gute Idee!",
                        "http://localhost:8080/comments/confirm/ghi", "http://localhost:8080/comments/manage/jkl",
                        true, 24),
                new CommentConfirmationMail(EVENT.title(), EVENT_URL, "Max", "Gute Idee!",
                        "http://localhost:8080/comments/confirm/ghi", "http://localhost:8080/comments/manage/jkl",
                        false, 24),
                new ProposalConfirmationMail(EVENT.title(), EVENT_URL + "/barcamp", "Julia", "Offene Daten im Rat",
                        "http://localhost:8080/barcamp/proposals/confirm/abc", 48),
                new InterestConfirmationMail(EVENT.title(), EVENT_URL + "/barcamp", "Offene Daten im Rat",
                        "http://localhost:8080/barcamp/interest/confirm/def", 48),
                new SessionPlacedMail(EVENT.title(), "Offene Daten im Rat", "Samstag, 9. November 2013, 11:30–12:30 Uhr",
                        "Raum A 1.12", EVENT_URL + "/programme#session-1"),
                new CommentReplyMail(EVENT.title(), "Erika", "Finde ich auch.",
                        "http://localhost:8080/comments/mno", "http://localhost:8080/comments/pqr/unsubscribe?sig=s"),
                new InvitationMail("Erika Mustermann", "Max Admin", "admin.role.USER", List.of(),
                        "http://localhost:8080/invitations/stu?lang=de", "12. Dezember 2026, 18:00"),
                new LoginFailuresMail("Erika Mustermann", "5. Dezember 2026", "18:30", 10, 15),
                new BarrierReportMail("http://localhost:8080/events/buergerforum", "Der Kalender ist ohne Maus nicht bedienbar.",
                        "Erika Mustermann", "erika@example.org", "4. Januar 2027",
                        "http://localhost:8080/admin/barrier-reports"),
                new BarrierReportMail("http://localhost:8080/events/buergerforum", "Das Video hat keine Untertitel.",
                        "", "", "4. Januar 2027", "http://localhost:8080/admin/barrier-reports")));
        for (ReviewReason reason : ReviewReason.values()) {
            samples.add(new CommentAwaitingModerationMail(EVENT.title(), EVENT_URL, "Max", "Gute Idee!",
                    reason.messageKey(), "http://localhost:8080/manage/events/1/comments"));
        }
        Arrays.stream(PlatformRole.values()).forEach(role -> samples.add(new InvitationMail("Erika Mustermann",
                "Max Admin", "admin.role." + role.name(), List.of("Stadt Wuppertal", "Bürgerinitiative Ölberg"),
                "http://localhost:8080/invitations/stu?lang=de", "12. Dezember 2026, 18:00")));
        return samples;
    }
}
