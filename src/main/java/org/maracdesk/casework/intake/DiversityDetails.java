package org.maracdesk.casework.intake;

/** Diversity data from the referral form; null where the form does not say. */
public record DiversityDetails(String ethnicity, Boolean disabled, Boolean lgbt, String firstLanguage,
        Boolean interpreterNeeded) {
}
