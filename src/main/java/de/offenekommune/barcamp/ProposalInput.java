package de.offenekommune.barcamp;

import org.jspecify.annotations.Nullable;

/**
 * A proposal as someone enters it, already read from a form.
 *
 * @param email the guest's address; {@code null} for a registered participant, whose address is known
 */
public record ProposalInput(@Nullable String title, @Nullable String description, @Nullable ProposalFormat format,
        @Nullable String name, @Nullable String email) {
}
