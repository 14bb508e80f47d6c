package de.offenekommune.comment.internal;

import de.offenekommune.comment.internal.ReviewReason;

/**
 * Whether a comment may be public now or must wait for review, decided by the event's mode and the
 * review word list.
 *
 * @param reviewReason why it waits, or {@code null} when it is published
 */
public record Admission(ReviewReason reviewReason) {

    public static final Admission PUBLISH = new Admission(null);

    public static Admission review(ReviewReason reason) {
        return new Admission(reason);
    }

    public boolean publishes() {
        return reviewReason == null;
    }
}
