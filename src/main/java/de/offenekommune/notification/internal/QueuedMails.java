package de.offenekommune.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import de.offenekommune.notification.Mail;

/**
 * The mails queued in the current transaction. Those without a dedup key are written together, and the send
 * tasks of all are scheduled together, just before it commits (still inside it); their bodies are rendered
 * together once it committed. A transaction that queues many mails, such as registrations sharing one seat lock,
 * costs these three statements once, not four statements per mail.
 */
@Component
public class QueuedMails {

    private static final String KEY = QueuedMails.class.getName();

    private final SchedulerClient scheduler;
    private final MailBodies bodies;
    private final OutboxMails mails;

    QueuedMails(SchedulerClient scheduler, MailBodies bodies, OutboxMails mails) {
        this.scheduler = scheduler;
        this.bodies = bodies;
        this.mails = mails;
    }

    /** {@code mail}, just inserted as {@code id} in the current transaction, is sent once that commits. */
    public void add(UUID id, Mail mail) {
        current().queued.put(id, mail);
    }

    /** {@code mail} is written as {@code row} before the current transaction commits, and sent once it did. */
    public void addUnwritten(OutboxMails.NewMail row, Mail mail) {
        Queue queue = current();
        queue.unwritten.add(row);
        queue.queued.put(row.id(), mail);
    }

    /** Writes the mails not yet written in this transaction now, for statements that must see them. */
    public void writeUnwritten() {
        if (TransactionSynchronizationManager.getResource(KEY) instanceof Queue queue) {
            queue.write();
        }
    }

    private Queue current() {
        if (TransactionSynchronizationManager.getResource(KEY) instanceof Queue queue) {
            return queue;
        }
        Queue queue = new Queue();
        TransactionSynchronizationManager.bindResource(KEY, queue);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                queue.write();
                List<TaskInstance<?>> tasks = queue.queued.keySet().stream()
                        .<TaskInstance<?>>map(id -> MailTasks.SEND.instance(id.toString()).build())
                        .toList();
                scheduler.scheduleBatch(tasks, Instant.now());
            }

            @Override
            public void afterCommit() {
                bodies.renderOnCommittedConnection(queue.queued);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return queue;
    }

    private final class Queue {

        final Map<UUID, Mail> queued = new LinkedHashMap<>();
        final List<OutboxMails.NewMail> unwritten = new ArrayList<>();

        void write() {
            if (!unwritten.isEmpty()) {
                mails.insertAll(List.copyOf(unwritten));
                unwritten.clear();
            }
        }
    }
}
