package org.maracdesk.casework.meetings;

import java.util.Locale;

/** Where an agency's research on a listed case stands. */
public enum ResearchState {
    SUBMITTED, PENDING, NOT_REQUESTED;

    /** As the agenda JSON writes it: {@code submitted}, {@code pending}, {@code not_requested}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
