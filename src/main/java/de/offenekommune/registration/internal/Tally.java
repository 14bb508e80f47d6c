package de.offenekommune.registration.internal;

import de.offenekommune.event.EventId;

/**
 * The seat count of one event, read under its row lock: whoever holds it may take and free seats and
 * hand out waitlist places until the transaction ends.
 */
public final class Tally {

    private final EventId event;
    private int seatsTaken;
    private long nextWaitlistSeq;
    private long frontWaitlistSeq;

    Tally(EventId event, int seatsTaken, long nextWaitlistSeq, long frontWaitlistSeq) {
        this.event = event;
        this.seatsTaken = seatsTaken;
        this.nextWaitlistSeq = nextWaitlistSeq;
        this.frontWaitlistSeq = frontWaitlistSeq;
    }

    /** Whether {@code people} more fit into {@code capacity} ({@code null}: no limit). */
    boolean fits(int people, Integer capacity) {
        return capacity == null || seatsTaken + people <= capacity;
    }

    void take(int people) {
        seatsTaken += people;
    }

    public void free(int people) {
        if (people > seatsTaken) {
            throw new IllegalStateException("Event " + event + " would free more seats than were taken");
        }
        seatsTaken -= people;
    }

    /** A place at the end of the waitlist. */
    long joinWaitlist() {
        return nextWaitlistSeq++;
    }

    /** A place before everyone on the waitlist, for someone who gave back a seat. */
    long headOfWaitlist() {
        return frontWaitlistSeq--;
    }

    EventId event() {
        return event;
    }

    int seatsTaken() {
        return seatsTaken;
    }

    long nextWaitlistSeq() {
        return nextWaitlistSeq;
    }

    long frontWaitlistSeq() {
        return frontWaitlistSeq;
    }
}
