package de.offenekommune.account;

import java.util.UUID;

public record OrganizationId(UUID value) {

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
