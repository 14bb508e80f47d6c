package de.offenekommune.programme.web;

import de.offenekommune.platform.web.FormErrors;

/**
 * The three forms of the timetable editor as typed, each with its own errors; one of them failed at most.
 *
 * @param editing the id of the session being changed, or {@code null} when a new one is entered
 */
public record ProgrammeForms(SessionForm session, String editing, FormErrors sessionErrors, RoomForm room,
        FormErrors roomErrors, SpeakerForm speaker, FormErrors speakerErrors) {

    public record RoomForm(String roomName, String roomCapacity, String roomStepFree) {
        static final RoomForm BLANK = new RoomForm("", "", null);
    }

    public record SpeakerForm(String speakerName, String speakerRole, String speakerOrganization, String speakerBio,
            String speakerConsent) {
        static final SpeakerForm BLANK = new SpeakerForm("", "", "", "", null);
    }
}
