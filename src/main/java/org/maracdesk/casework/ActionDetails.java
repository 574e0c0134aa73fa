package org.maracdesk.casework;

/**
 * The type-specific fields an action of a type carries, besides what every action has. The text and the date
 * are stored in the action's {@code detail_text} and {@code detail_date}; this says what they mean.
 */
public enum ActionDetails {
    /** Nothing beyond the action itself. */
    NONE(false, false),
    /** Operation Encompass: the school told, and the date it was told. */
    SCHOOL_AND_DATE(true, true),
    /** A civil order: which order (non-molestation, occupation, DVPO…), and the date it was made. */
    ORDER_AND_DATE(true, true),
    /** A date only, e.g. when a disclosure under the Domestic Violence Disclosure Scheme was made. */
    DATE(false, true);

    private final boolean text;
    private final boolean date;

    ActionDetails(boolean text, boolean date) {
        this.text = text;
        this.date = date;
    }

    public boolean hasText() {
        return text;
    }

    public boolean hasDate() {
        return date;
    }
}
