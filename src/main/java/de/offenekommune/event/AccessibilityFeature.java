package de.offenekommune.event;

/** What an event offers so that everyone can take part. */
public enum AccessibilityFeature {
    STEP_FREE_ACCESS, ACCESSIBLE_TOILET, INDUCTION_LOOP, SIGN_LANGUAGE, LIVE_CAPTIONING, EASY_READ, CHILDCARE;

    public String messageKey() {
        return "event.accessibility." + name();
    }
}
