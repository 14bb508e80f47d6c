package de.offenekommune.registration.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to every accepted registration, new or not: whether the address was registered before is
 * told only to its owner, by mail.
 */
@Schema(name = "RegistrationReceived")
record ReceivedResource(
        @Schema(example = "received") String status,
        @Schema(description = "What to tell the person, in the requested language") String message) {
}
