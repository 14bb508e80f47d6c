package de.offenekommune.event.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of events. */
@Schema(name = "EventPage")
record EventPageResource(List<EventResource.Summary> items, int page, int size,
        @Schema(description = "Matching events, counted up to 10,001; see totalItemsExact") long totalItems,
        @Schema(description = "false when more than 10,000 events match: narrow the filters or use the open-data exports")
        boolean totalItemsExact,
        @Schema(description = "Pages that can be fetched (at most 10,000 events in all)") int totalPages,
        @Schema(description = "URL of the next page, if any") String next,
        @Schema(description = "URL of the previous page, if any") String previous) {
}
