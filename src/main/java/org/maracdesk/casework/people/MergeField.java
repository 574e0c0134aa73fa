package org.maracdesk.casework.people;

/** The values of a person that a merge takes from one record or the other, each as one choice. */
public enum MergeField {
    GIVEN_NAME,
    FAMILY_NAME,
    ALIASES,
    DATE_OF_BIRTH,
    GENDER,
    /** Address line, town, postcode and district together: half of one address and half of another is no address. */
    ADDRESS,
    /** Phone, email, safe to call, safe times and safe contact together, for the same reason. */
    CONTACT
}
