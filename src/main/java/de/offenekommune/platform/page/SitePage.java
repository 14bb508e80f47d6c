package de.offenekommune.platform.page;

import java.util.List;

/**
 * The pages every German public-sector website must have, written by the operator.
 */
public enum SitePage {

    IMPRINT("impressum", true, List.of("de", "en")),
    PRIVACY("datenschutz", true, List.of("de", "en")),
    ACCESSIBILITY("barrierefreiheit", true, List.of("de", "en")),
    /** § 4 BITV 2.0 with its annex 2: content, navigation and accessibility explained in Leichte Sprache. */
    EASY_LANGUAGE("leichte-sprache", false, List.of("de"));

    private final String path;
    private final boolean legal;
    private final List<String> languages;

    SitePage(String path, boolean legal, List<String> languages) {
        this.path = path;
        this.legal = legal;
        this.languages = languages;
    }

    public String path() {
        return path;
    }

    /** Whether the law asks the operator to write this page themselves (Impressum and the like). */
    public boolean legal() {
        return legal;
    }

    /** The languages the page is written in; a visitor of another language reads the first. */
    public List<String> languages() {
        return languages;
    }

    public String titleKey() {
        return "sitePage." + name() + ".title";
    }
}
