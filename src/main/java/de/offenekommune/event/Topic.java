package de.offenekommune.event;

/** What an event is about; a fixed list so that people can find events across municipalities. */
public enum Topic {
    OPEN_GOVERNMENT, PARTICIPATION, TRANSPARENCY, OPEN_DATA, DIGITALISATION, CIVIC_ENGAGEMENT, COOPERATION,
    URBAN_DEVELOPMENT, MOBILITY, CLIMATE, PARTICIPATORY_BUDGET, EDUCATION, SOCIAL_AFFAIRS, CULTURE;

    public String messageKey() {
        return "event.topic." + name();
    }
}
