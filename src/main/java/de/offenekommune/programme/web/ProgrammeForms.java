package de.offenekommune.programme.web;

import de.offenekommune.media.Portrait;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.programme.internal.PortraitInput;
import de.offenekommune.programme.Room;
import de.offenekommune.programme.Speaker;

/**
 * The three forms of the timetable editor as typed, each with its own errors; one of them failed at most.
 * Each form either enters a new thing or changes the one named by its {@code editing…} id.
 *
 * @param editing the id of the session being changed, or {@code null} when a new one is entered
 */
public record ProgrammeForms(SessionForm session, String editing, FormErrors sessionErrors, RoomForm room,
        String editingRoom, FormErrors roomErrors, SpeakerForm speaker, String editingSpeaker,
        FormErrors speakerErrors) {

    static ProgrammeForms blank(SessionForm session) {
        return new ProgrammeForms(session, null, FormErrors.NONE, RoomForm.BLANK, null, FormErrors.NONE,
                SpeakerForm.BLANK, null, FormErrors.NONE);
    }

    ProgrammeForms withSession(SessionForm form, String id, FormErrors errors) {
        return new ProgrammeForms(form, id, errors, room, editingRoom, roomErrors, speaker, editingSpeaker,
                speakerErrors);
    }

    ProgrammeForms withRoom(RoomForm form, String id, FormErrors errors) {
        return new ProgrammeForms(session, editing, sessionErrors, form, id, errors, speaker, editingSpeaker,
                speakerErrors);
    }

    ProgrammeForms withSpeaker(SpeakerForm form, String id, FormErrors errors) {
        return new ProgrammeForms(session, editing, sessionErrors, room, editingRoom, roomErrors, form, id, errors);
    }

    /** The errors to sum up at the top of the page: those of the form that failed. */
    public FormErrors failed() {
        return !sessionErrors.isEmpty() ? sessionErrors : !roomErrors.isEmpty() ? roomErrors : speakerErrors;
    }

    public record RoomForm(String roomName, String roomCapacity, String roomStepFree) {
        static final RoomForm BLANK = new RoomForm("", "", null);

        static RoomForm of(Room room) {
            return new RoomForm(room.name(), room.capacity() == null ? "" : room.capacity().toString(),
                    room.stepFree() ? "true" : null);
        }
    }

    /**
     * @param speakerPortraitAlt    the alternative text of the portrait, new or present
     * @param speakerPortraitRemove {@code "true"} when the present portrait is to go
     */
    public record SpeakerForm(String speakerName, String speakerRole, String speakerOrganization, String speakerBio,
            String speakerConsent, String speakerPortraitAlt, String speakerPortraitRemove) {
        static final SpeakerForm BLANK = new SpeakerForm("", "", "", "", null, "", null);

        static SpeakerForm of(Speaker speaker, Portrait portrait) {
            return new SpeakerForm(speaker.name(), orEmpty(speaker.role()), orEmpty(speaker.organization()),
                    orEmpty(speaker.bio()), speaker.consent() ? "true" : null, portrait == null ? "" : portrait.alt(),
                    null);
        }

        PortraitInput portrait(byte[] file) {
            return new PortraitInput(file, speakerPortraitAlt, "true".equals(speakerPortraitRemove));
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
