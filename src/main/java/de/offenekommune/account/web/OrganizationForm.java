package de.offenekommune.account.web;

import de.offenekommune.account.OrganizationKind;

/** A new organization as typed by an administrator. */
public record OrganizationForm(String name, String kind, String tagline, String websiteUrl, String ags) {

    static final OrganizationForm BLANK = new OrganizationForm("", OrganizationKind.MUNICIPALITY.name(), "", "", "");
}
