package de.offenekommune.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttendanceCountTests {

    @Test
    void counts_below_five_are_shown_as_less_than_five_and_from_five_on_as_they_are() {
        assertThat(new AttendanceCount(0).shown()).isEqualTo("< 5");
        assertThat(new AttendanceCount(4).shown()).isEqualTo("< 5");
        assertThat(new AttendanceCount(5).shown()).isEqualTo("5");
        assertThat(new AttendanceCount(1234).shown()).isEqualTo("1234");
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> new AttendanceCount(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
