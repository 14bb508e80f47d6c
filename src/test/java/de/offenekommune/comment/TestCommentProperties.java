package de.offenekommune.comment;

import java.time.Duration;
import java.util.List;

import de.offenekommune.comment.internal.CommentProperties;
import de.offenekommune.comment.internal.ModerationMode;

/** The defaults of {@code ok.comments.*}, for tests without Spring. */
public final class TestCommentProperties {

    private TestCommentProperties() {
    }

    public static CommentProperties defaults() {
        return new CommentProperties(ModerationMode.OPEN, 20, 10, 5000, 3, Duration.ofMinutes(15), Duration.ofSeconds(3),
                Duration.ofDays(1), Duration.ofDays(2), 3, List.of("casino", "kredit ohne schufa"),
                List.of("Moderation"), new CommentProperties.Limits(20, 6, 30, 30, Duration.ofHours(1)),
                Duration.ofDays(30), Duration.ofDays(1), 40, Duration.ofDays(30));
    }
}
