package de.offenekommune.comment;

/**
 * Whether a comment may be public now or must wait for review, decided by the event's mode and the
 * review word list.
 *
 * @param reviewReason why it waits, or {@code null} when it is published
 */
record Admission(ReviewReason reviewReason) {

    static final Admission PUBLISH = new Admission(null);

    static Admission review(ReviewReason reason) {
        return new Admission(reason);
    }

    boolean publishes() {
        return reviewReason == null;
    }
}
