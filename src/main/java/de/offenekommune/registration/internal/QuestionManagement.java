package de.offenekommune.registration.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;

/**
 * Organizers editing the questions of an event's registration form. A question that was answered keeps
 * its kind and is archived instead of deleted, so that every answer given stays readable as given.
 */
@Service
public class QuestionManagement {

    static final int QUESTIONS_MAX = 30;

    private final ParticipantManagement participants;
    private final RegistrationQuestions questions;
    private final RegistrationAnswers answers;
    private final Clock clock;

    QuestionManagement(ParticipantManagement participants, RegistrationQuestions questions, RegistrationAnswers answers,
            Clock clock) {
        this.participants = participants;
        this.questions = questions;
        this.answers = answers;
        this.clock = clock;
    }

    /** All questions of a manageable event, archived ones last. */
    @Transactional(readOnly = true)
    public List<RegistrationQuestion> questions(AccountPrincipal user, EventId event) {
        participants.manageable(user, event);
        return questions.ofEvent(event);
    }

    @Transactional(readOnly = true)
    public RegistrationQuestion question(AccountPrincipal user, EventId event, UUID id) {
        participants.manageable(user, event);
        return questions.find(event, id).orElseThrow(() -> new EventNotFoundException(event));
    }

    /** @throws InvalidInputException when the draft breaks the rules */
    @Transactional
    public RegistrationQuestion add(AccountPrincipal user, EventId event, QuestionDraft draft) {
        participants.manageable(user, event);
        Violations violations = new Violations();
        RegistrationQuestion question = draft.check(UUID.randomUUID(), event.value(), violations);
        if (questions.asked(event).size() >= QUESTIONS_MAX) {
            violations.add("label", "questions.tooMany", QUESTIONS_MAX);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        questions.insert(question, clock.instant());
        return question;
    }

    /**
     * Changes a question; answers already given keep their text, also of choices no longer offered.
     *
     * @throws InvalidInputException when the draft breaks the rules or changes the kind of an answered question
     */
    @Transactional
    public void update(AccountPrincipal user, EventId event, UUID id, QuestionDraft draft) {
        RegistrationQuestion existing = question(user, event, id);
        Violations violations = new Violations();
        RegistrationQuestion revised = draft.check(id, event.value(), violations);
        if (revised.type() != existing.type() && answers.exist(id)) {
            violations.add("type", "questions.typeLocked");
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        questions.update(revised);
    }

    /**
     * Takes a question off the form: deleted when nobody answered it, else archived with its answers.
     *
     * @return whether the question was archived rather than deleted
     */
    @Transactional
    public boolean remove(AccountPrincipal user, EventId event, UUID id) {
        RegistrationQuestion question = question(user, event, id);
        if (answers.exist(question.id())) {
            questions.archive(question.id(), clock.instant());
            return true;
        }
        questions.delete(question.id());
        return false;
    }

    @Transactional
    public void move(AccountPrincipal user, EventId event, UUID id, boolean up) {
        question(user, event, id);
        questions.move(event, id, up);
    }
}
