package de.offenekommune.event.web;

import java.util.Collection;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;

import de.offenekommune.event.EventImage;
import de.offenekommune.event.EventImages;
import de.offenekommune.event.internal.EventSummary;

/**
 * Puts the images of listed events into the model as {@code images}, for the cards; empty when no capability
 * provides images.
 */
final class CardImages {

    private CardImages() {
    }

    static void add(Model model, ObjectProvider<EventImages> images, Collection<EventSummary> events) {
        Map<de.offenekommune.event.EventId, EventImage> found = images.stream()
                .map(provider -> provider.findAll(events.stream().map(EventSummary::id).toList()))
                .findFirst().orElse(Map.of());
        model.addAttribute("images", found);
    }
}
