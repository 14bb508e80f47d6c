package de.offenekommune.barcamp.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/** A session someone was interested in has its place in the programme: when and where. */
public record SessionPlacedMail(String eventTitle, String proposalTitle, String when, String room, String programmeUrl) implements MailContent {

    @Override
    public String template() {
        return "barcamp/mail/barcamp_session_placed_to_interested";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(proposalTitle);
    }
}
