package de.offenekommune.registration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import de.offenekommune.event.EventId;

/**
 * Background work of registrations, run by db-scheduler in whichever application copy is free: expiring
 * unconfirmed registrations (their seats pass to the waitlist), reminding participants before the event
 * ({@link Reminders}) and anonymizing participants after the
 * retention period. Each event is handled in its own transaction under its lock.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationTasks {

    private static final Logger log = LoggerFactory.getLogger(RegistrationTasks.class);
    private static final int BATCH = 200;

    /** The work is looked up when it runs: the scheduler is built before the outbox that expiry mails through. */
    @Bean
    RecurringTask<Void> expireUnconfirmedRegistrationsTask(ObjectProvider<Expiry> expiry, RegistrationProperties properties) {
        return Tasks.recurring("expire-unconfirmed-registrations", FixedDelay.of(properties.expiryCheck()))
                .execute((instance, context) -> expiry.getObject().run());
    }

    @Bean
    RecurringTask<Void> anonymizeParticipantsTask(ObjectProvider<Retention> retention) {
        return Tasks.recurring("anonymize-participants", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> retention.getObject().run());
    }

    /** Answers whose retention passed are deleted; their counts per choice stay ({@link AnswerDeletion}). */
    @Bean
    RecurringTask<Void> deleteExpiredAnswersTask(ObjectProvider<AnswerDeletion> deletion) {
        return Tasks.recurring("delete-expired-answers", FixedDelay.of(Duration.ofMinutes(15)))
                .execute((instance, context) -> deletion.getObject().run());
    }

    @Bean
    RecurringTask<Void> sendRemindersTask(ObjectProvider<Reminders> reminders, RegistrationProperties properties) {
        return Tasks.recurring("send-reminders", FixedDelay.of(properties.reminderCheck()))
                .execute((instance, context) -> reminders.getObject().run());
    }

    /** Attendance counts of ended events become open data (see {@link PublicAttendance}). */
    @Bean
    RecurringTask<Void> publishAttendanceTask(ObjectProvider<Tallies> tallies, Clock clock) {
        return Tasks.recurring("publish-attendance", FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instance, context) -> tallies.getObject().publishAttendance(clock.instant()));
    }

    @Bean
    Reminders reminders(Tallies tallies, Seats seats, Registrations registrations, AccessTokens tokens,
            RegistrationMails mails, TransactionTemplate transaction, Clock clock) {
        return new Reminders(tallies, seats, registrations, tokens, mails, transaction, clock);
    }

    @Bean
    Expiry registrationExpiry(Registrations registrations, Seats seats, TransactionTemplate transaction, Clock clock) {
        return new Expiry(registrations, seats, transaction, clock);
    }

    @Bean
    Retention registrationRetention(Tallies tallies, Registrations registrations, AccessTokens tokens,
            RegistrationMails mails, AnswerDeletion answers, TransactionTemplate transaction,
            RegistrationProperties properties, Clock clock) {
        return new Retention(tallies, registrations, tokens, mails, answers, transaction, properties, clock);
    }

    @Bean
    AnswerDeletion answerDeletion(RegistrationQuestions questions, RegistrationAnswers answers,
            TransactionTemplate transaction, Clock clock) {
        return new AnswerDeletion(questions, answers, transaction, clock);
    }

    /**
     * Answers to a question are deleted when its retention passed (right after the event, some days later,
     * or with the rest of the registration); how often each choice was given stays.
     */
    record AnswerDeletion(RegistrationQuestions questions, RegistrationAnswers answers, TransactionTemplate transaction,
            Clock clock) {

        /** @return how many answers were deleted */
        public int run() {
            int deleted = 0;
            for (java.util.UUID question : questions.findDueForAnswerDeletion(clock.instant(), BATCH)) {
                Integer count = transaction.execute(status -> delete(question));
                deleted += count == null ? 0 : count;
            }
            return deleted;
        }

        /** Within the caller's transaction: the answers to every question of the event. */
        void deleteAllOf(EventId event) {
            questions.findWithAnswers(event).forEach(this::delete);
        }

        private int delete(java.util.UUID question) {
            int deleted = answers.deleteKeepingCounts(question);
            questions.markAnswersDeleted(question, clock.instant());
            log.info("Question {}: {} answers deleted after their retention, their counts kept", question, deleted);
            return deleted;
        }
    }

    /** Unconfirmed registrations whose time ran out free their seat or waitlist place. */
    public record Expiry(Registrations registrations, Seats seats, TransactionTemplate transaction, Clock clock) {

        /** @return how many registrations expired */
        public int run() {
            int expired = 0;
            for (EventId eventId : registrations.findEventsWithExpiredConfirmations(clock.instant(), BATCH)) {
                Integer count = transaction.execute(status -> expire(eventId));
                expired += count == null ? 0 : count;
            }
            return expired;
        }

        private int expire(EventId eventId) {
            LockedSeats seats = this.seats.lock(eventId).orElse(null);
            if (seats == null) {
                return 0;
            }
            var due = registrations.findExpiredConfirmations(eventId, clock.instant());
            int promoted = seats.expire(due);
            log.info("Event {}: {} unconfirmed registrations expired, {} moved up", eventId, due.size(), promoted);
            return due.size();
        }
    }

    /** Participants' data is kept only as long as the event needs it. */
    public record Retention(Tallies tallies, Registrations registrations, AccessTokens tokens, RegistrationMails mails,
            AnswerDeletion answers, TransactionTemplate transaction, RegistrationProperties properties, Clock clock) {

        /** @return how many events were anonymized */
        public int run() {
            Instant now = clock.instant();
            int done = 0;
            for (EventId eventId : tallies.findDueForAnonymization(now.minus(properties.retention()), BATCH)) {
                transaction.executeWithoutResult(status -> {
                    tokens.deleteAllOfEvent(eventId);
                    mails.forget(registrations.findIdsOfEvent(eventId));
                    answers.deleteAllOf(eventId);
                    int anonymized = registrations.anonymizeEvent(eventId, now);
                    tallies.markAnonymized(eventId, now);
                    log.info("Event {}: personal data of {} registrations anonymized", eventId, anonymized);
                });
                done++;
            }
            return done;
        }
    }
}
