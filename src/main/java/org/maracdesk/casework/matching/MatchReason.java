package org.maracdesk.casework.matching;

/** One piece of evidence for or against a match, in words a coordinator reads (never a value). */
public enum MatchReason {
    SAME_DATE_OF_BIRTH("same date of birth"),
    DATE_OF_BIRTH_DAY_MONTH_SWAPPED("date of birth with day and month swapped"),
    DIFFERENT_DATE_OF_BIRTH("different date of birth"),
    NO_DATE_OF_BIRTH_TO_COMPARE("no date of birth to compare"),
    SAME_NAME("same name"),
    NAMES_SWAPPED("first name and surname swapped"),
    SAME_SURNAME("same surname"),
    SURNAME_SPELT_DIFFERENTLY("surname spelt differently"),
    DIFFERENT_SURNAME("different surname"),
    SAME_FIRST_NAME("same first name"),
    FIRST_NAME_SPELT_DIFFERENTLY("first name spelt differently"),
    FIRST_NAME_AS_INITIAL("first name given as an initial"),
    DIFFERENT_FIRST_NAME("different first name"),
    MATCHES_ALIAS("matches a recorded alias"),
    SAME_POSTCODE("same postcode"),
    SAME_OUTWARD_CODE("same postcode district");

    private final String words;

    MatchReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
