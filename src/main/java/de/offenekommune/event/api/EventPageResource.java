package de.offenekommune.event.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of events. */
@Schema(name = "EventPage")
record EventPageResource(List<EventResource.Summary> items, int page, int size, long totalItems, int totalPages,
        @Schema(description = "URL of the next page, if any") String next,
        @Schema(description = "URL of the previous page, if any") String previous) {
}
