package de.offenekommune.comment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.comment.TestCommentProperties;
import de.offenekommune.event.Schedule;

class DiscussionPeriodTests {

    /** The reference conference ended on 9 November 2013 at 17:30 in Berlin. */
    private static final Instant END = Instant.parse("2013-11-09T16:30:00Z");

    private final Schedule event = EventDetailsBuilder.referenceEvent().build().schedule();

    @Test
    void a_discussion_stays_open_until_thirty_days_after_the_event() {
        Instant lastMoment = END.plus(Duration.ofDays(30)).minusSeconds(1);
        DiscussionPeriod period = on(lastMoment);

        assertThat(period.isOver(event, lastMoment)).isFalse();
        assertThat(period.inForce(ModerationMode.OPEN, event, lastMoment)).isEqualTo(ModerationMode.OPEN);
        assertThat(period.inForce(ModerationMode.PRE_MODERATED, event, lastMoment)).isEqualTo(ModerationMode.PRE_MODERATED);
    }

    @Test
    void thirty_days_after_the_event_the_discussion_is_closed_whatever_mode_was_chosen() {
        Instant closing = END.plus(Duration.ofDays(30));
        DiscussionPeriod period = on(closing);

        assertThat(period.isOver(event, closing)).isTrue();
        assertThat(period.inForce(ModerationMode.OPEN, event, closing)).isEqualTo(ModerationMode.CLOSED);
        assertThat(period.inForce(ModerationMode.PRE_MODERATED, event, closing)).isEqualTo(ModerationMode.CLOSED);
        assertThat(period.inForce(ModerationMode.OFF, event, closing)).as("a switched-off discussion stays off")
                .isEqualTo(ModerationMode.OFF);
    }

    @Test
    void what_was_written_while_the_discussion_was_open_is_judged_by_that_time() {
        DiscussionPeriod period = on(END.plus(Duration.ofDays(3650)));

        assertThat(period.inForce(ModerationMode.OPEN, event, END.plus(Duration.ofDays(1)))).isEqualTo(ModerationMode.OPEN);
        assertThat(period.inForce(ModerationMode.OPEN, event, END.minus(Duration.ofHours(4)))).as("during the event")
                .isEqualTo(ModerationMode.OPEN);
    }

    private static DiscussionPeriod on(Instant now) {
        return new DiscussionPeriod(TestCommentProperties.defaults(), Clock.fixed(now, ZoneOffset.UTC));
    }
}
