package org.maracdesk.casework.meetings;

/** The schools' review section (decision 0061): is the child still on the school's roll? */
public enum OnRoll {
    YES, NO, NOT_KNOWN;

    /** The value stored, or null for a blank or unknown text. */
    public static OnRoll of(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        for (OnRoll o : values()) {
            if (o.name().equals(stored.strip())) {
                return o;
            }
        }
        return null;
    }
}
