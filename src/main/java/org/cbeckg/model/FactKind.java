package org.cbeckg.model;

/** The kinds of fact, one extractor each. */
public enum FactKind {
    PLACE(PlaceMention.class),
    ORGANIZATION(OrganizationMention.class),
    PERSON(PersonMention.class),
    EVENT(EventFact.class),
    BATCH(BatchFact.class),
    ZONE(ZoneFact.class),
    INDICATOR(IndicatorFact.class);

    private final Class<? extends Fact> type;

    FactKind(Class<? extends Fact> type) {
        this.type = type;
    }

    public Class<? extends Fact> type() {
        return type;
    }
}
