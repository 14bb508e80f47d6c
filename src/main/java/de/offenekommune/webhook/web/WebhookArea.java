package de.offenekommune.webhook.web;

/** Where endpoints are managed: organizers for their organizations, administrators for the whole platform. */
public enum WebhookArea {

    ORGANIZATIONS("/manage/webhooks"),
    PLATFORM("/admin/webhooks");

    private final String path;

    WebhookArea(String path) {
        this.path = path;
    }

    /** @param section the first part of the path, {@code manage} or {@code admin} */
    static WebhookArea of(String section) {
        return section.equals("admin") ? PLATFORM : ORGANIZATIONS;
    }

    public String path() {
        return path;
    }

    public boolean isPlatform() {
        return this == PLATFORM;
    }
}
