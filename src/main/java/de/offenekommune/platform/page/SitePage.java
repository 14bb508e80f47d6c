package de.offenekommune.platform.page;

/**
 * The pages every German public-sector website must have, written by the operator.
 */
public enum SitePage {

    IMPRINT("impressum"),
    PRIVACY("datenschutz"),
    ACCESSIBILITY("barrierefreiheit");

    private final String path;

    SitePage(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String titleKey() {
        return "sitePage." + name() + ".title";
    }
}
