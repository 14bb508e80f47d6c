package de.offenekommune.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.IntegrationTest;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.comment.internal.CommentThread;
import de.offenekommune.comment.internal.Comments;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.event.Events;

/**
 * What a first start shows. The demo content is loaded inside a transaction that is rolled back, so
 * the other tests never see it.
 */
@IntegrationTest
class DemoContentTests {

    @Autowired
    DemoContent demo;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Events events;
    @Autowired
    Comments comments;
    @Autowired
    de.offenekommune.programme.Programmes programmes;
    @Autowired
    UserAccounts accounts;
    @Autowired
    de.offenekommune.platform.DemoInstallation demoInstallation;

    @Test
    void a_first_start_shows_the_reference_conference_with_its_discussion_and_upcoming_events_across_nrw() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();

            demo.load();

            Event reference = events.findBySlug("offene-kommunen-nrw-2013").orElseThrow();
            assertThat(reference.details().title())
                    .isEqualTo("Einladung zur Tagung: Offene Kommunen.NRW – Schritte in die Praxis");
            assertThat(reference.status()).isEqualTo(EventStatus.PUBLISHED);
            assertThat(reference.hasEnded(Instant.now())).as("in the archive").isTrue();

            assertThat(programmes.of(reference.id()).sessions())
                    .as("welcome, keynote, three parallel workshops, barcamp rounds, closing panel")
                    .extracting(session -> session.kind().name())
                    .contains("TALK", "WORKSHOP", "BARCAMP", "PANEL")
                    .filteredOn("WORKSHOP"::equals).hasSize(3);

            List<CommentThread> threads = comments.findThreads(reference.id(), 1, 10).items();
            assertThat(threads).hasSize(2);
            assertThat(threads.get(0).comment().authorName()).isEqualTo("Miriam Beispiel");
            assertThat(threads.get(0).replies()).singleElement()
                    .satisfies(reply -> assertThat(reply.authorName()).isEqualTo("Demo-Organisatorin"));
            assertThat(comments.countPublished(reference.id())).isEqualTo(3);
            assertThat(threads).allSatisfy(thread -> assertThat(thread.comment().createdAt())
                    .as("written in the days after the conference, not on the day of the demo's first start")
                    .isBetween(Instant.parse("2013-11-09T16:30:00Z"), Instant.parse("2013-11-30T00:00:00Z")));
            assertThat(threads.get(0).replies().get(0).createdAt()).isAfter(threads.get(0).comment().createdAt());

            List<EventSummary> upcoming = events.findUpcoming(Instant.now(), 1, 100).items();
            assertThat(upcoming).extracting(EventSummary::title)
                    .contains("Bürgerversammlung: Radverkehr in der Kölner Innenstadt");
            assertThat(accounts.findByEmail(DemoContent.ORGANIZER_EMAIL)).isPresent();
            assertThat(accounts.findByEmail(DemoContent.ADMIN_EMAIL)).hasValueSatisfying(admin -> {
                assertThat(admin.role()).isEqualTo(de.offenekommune.account.PlatformRole.ADMIN);
                assertThat(admin.enabled()).isTrue();
            });
            assertThat(demoInstallation.hasDemoContent()).isTrue();
        });

        assertThat(events.findBySlug("offene-kommunen-nrw-2013")).as("rolled back").isEmpty();
    }
}
