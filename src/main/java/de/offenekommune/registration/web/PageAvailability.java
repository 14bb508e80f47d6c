package de.offenekommune.registration.web;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.Availability;
import de.offenekommune.registration.RegistrationManagement;

/**
 * The availability of an event, counted once per request: the call to action at the top of the event
 * page and the registration box further down show the same numbers from the same query.
 */
@Component
class PageAvailability {

    private static final String ATTRIBUTE = PageAvailability.class.getName() + ".";

    private final RegistrationManagement management;

    PageAvailability(RegistrationManagement management) {
        this.management = management;
    }

    Availability of(Event event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return management.availability(event);
        }
        String key = ATTRIBUTE + event.id().value();
        Availability known = (Availability) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = management.availability(event);
            request.setAttribute(key, known, RequestAttributes.SCOPE_REQUEST);
        }
        return known;
    }
}
