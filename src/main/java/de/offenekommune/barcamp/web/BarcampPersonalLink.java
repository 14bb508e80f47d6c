package de.offenekommune.barcamp.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import de.offenekommune.barcamp.internal.BarcampSubmissions;
import de.offenekommune.registration.PersonalPageLink;
import de.offenekommune.registration.PersonalRegistration;

/** The personal page leads active participants to the barcamp while it takes proposals or shows some. */
@Component
class BarcampPersonalLink implements PersonalPageLink {

    private final BarcampSubmissions submissions;

    BarcampPersonalLink(BarcampSubmissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public Optional<Offer> offer(PersonalRegistration registration, String token) {
        if (!registration.registration().state().isActive()
                || !submissions.takesProposals(registration.event()) && submissions.shown(registration.event()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Offer("/registrations/" + token + "/barcamp", "barcamp.personal.link"));
    }
}
