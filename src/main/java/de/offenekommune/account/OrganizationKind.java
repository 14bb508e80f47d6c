package de.offenekommune.account;

public enum OrganizationKind {
    MUNICIPALITY, CIVIC_GROUP, STATE_BODY, OTHER
}
