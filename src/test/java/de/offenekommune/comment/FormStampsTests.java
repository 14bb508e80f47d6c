package de.offenekommune.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import de.offenekommune.comment.FormStamps.Verdict;
import de.offenekommune.comment.internal.CommentKeys;
import de.offenekommune.event.EventId;

class FormStampsTests {

    private static final Instant NOW = Instant.parse("2027-03-04T18:00:00Z");
    private static final EventId EVENT = EventId.random();

    private final FormStamps stamps = new FormStamps(new CommentKeys(new byte[32]), TestCommentProperties.defaults(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_form_sent_after_a_while_is_fine() {
        assertThat(stamps.check(EVENT, stamps.issue(EVENT, NOW.minusSeconds(30)))).isEqualTo(Verdict.FINE);
    }

    @Test
    void a_form_sent_faster_than_a_person_can_write_is_too_fast() {
        assertThat(stamps.check(EVENT, stamps.issue(EVENT, NOW.minusSeconds(1)))).isEqualTo(Verdict.TOO_FAST);
        assertThat(stamps.check(EVENT, stamps.issue(EVENT, NOW))).isEqualTo(Verdict.TOO_FAST);
    }

    @Test
    void a_form_left_open_for_more_than_a_day_has_expired() {
        assertThat(stamps.check(EVENT, stamps.issue(EVENT, NOW.minus(Duration.ofDays(1)).minusSeconds(1))))
                .isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void stamps_that_were_changed_made_up_or_issued_for_another_event_are_forged() {
        String stamp = stamps.issue(EVENT, NOW.minusSeconds(30));
        String earlier = Long.toString(NOW.minusSeconds(3600).toEpochMilli(), 36) + stamp.substring(stamp.indexOf('.'));

        assertThat(stamps.check(EVENT, earlier)).isEqualTo(Verdict.FORGED);
        assertThat(stamps.check(EventId.random(), stamp)).isEqualTo(Verdict.FORGED);
        assertThat(stamps.check(EVENT, null)).isEqualTo(Verdict.FORGED);
        assertThat(stamps.check(EVENT, "")).isEqualTo(Verdict.FORGED);
        assertThat(stamps.check(EVENT, "zzzz.00000000000000000000000000000000")).isEqualTo(Verdict.FORGED);
        assertThat(stamps.check(EVENT, "1.2.3")).isEqualTo(Verdict.FORGED);
    }

    @Test
    void a_stamp_of_another_installation_is_forged() {
        byte[] otherSecret = new byte[32];
        otherSecret[0] = 1;
        FormStamps other = new FormStamps(new CommentKeys(otherSecret), TestCommentProperties.defaults(),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(stamps.check(EVENT, other.issue(EVENT, NOW.minusSeconds(30)))).isEqualTo(Verdict.FORGED);
    }
}
