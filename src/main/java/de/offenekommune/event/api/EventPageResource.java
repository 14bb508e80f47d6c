package de.offenekommune.event.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of events. */
@Schema(name = "EventPage")
record EventPageResource(List<EventResource.Summary> items, int page, int size,
        @Schema(description = "Matching events; exact below 1,001, else a lower bound (see totalItemsExact)") long totalItems,
        @Schema(description = "false when more than 1,000 events match: then totalItems and totalPages only say that there is more; follow next")
        boolean totalItemsExact,
        @Schema(description = "Pages known to exist (at most 10,000 events can be paged through; the open-data exports have all)") int totalPages,
        @Schema(description = "URL of the next page, if any") String next,
        @Schema(description = "URL of the previous page, if any") String previous) {
}
