package de.offenekommune.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.event.Schedule;

class DiscussionPeriodTests {

    /** The reference conference ended on 9 November 2013 at 17:30 in Berlin. */
    private static final Instant END = Instant.parse("2013-11-09T16:30:00Z");

    private final Schedule event = EventDetailsBuilder.referenceEvent().build().schedule();

    @Test
    void a_discussion_stays_open_until_thirty_days_after_the_event() {
        DiscussionPeriod period = at(END.plus(Duration.ofDays(30)).minusSeconds(1));

        assertThat(period.isOver(event)).isFalse();
        assertThat(period.inForce(ModerationMode.OPEN, event)).isEqualTo(ModerationMode.OPEN);
        assertThat(period.inForce(ModerationMode.PRE_MODERATED, event)).isEqualTo(ModerationMode.PRE_MODERATED);
    }

    @Test
    void thirty_days_after_the_event_the_discussion_is_closed_whatever_mode_was_chosen() {
        DiscussionPeriod period = at(END.plus(Duration.ofDays(30)));

        assertThat(period.isOver(event)).isTrue();
        assertThat(period.inForce(ModerationMode.OPEN, event)).isEqualTo(ModerationMode.CLOSED);
        assertThat(period.inForce(ModerationMode.PRE_MODERATED, event)).isEqualTo(ModerationMode.CLOSED);
        assertThat(period.inForce(ModerationMode.OFF, event)).as("a switched-off discussion stays off")
                .isEqualTo(ModerationMode.OFF);
    }

    @Test
    void during_the_event_the_discussion_is_open() {
        DiscussionPeriod period = at(LocalDateTime.of(2013, 11, 9, 12, 0).toInstant(ZoneOffset.ofHours(1)));

        assertThat(period.inForce(ModerationMode.OPEN, event)).isEqualTo(ModerationMode.OPEN);
    }

    private static DiscussionPeriod at(Instant now) {
        return new DiscussionPeriod(TestCommentProperties.defaults(), Clock.fixed(now, ZoneOffset.UTC));
    }
}
