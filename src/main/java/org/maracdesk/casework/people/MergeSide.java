package org.maracdesk.casework.people;

import java.time.LocalDate;
import java.util.List;

/**
 * One of two person records as the merge shows it side by side.
 *
 * @param cases each case the person is named on, as "reference (role)"
 * @param referrals how many referrals name the person (as victim or otherwise)
 * @param version the version the user saw; a different one at merge time means someone changed the record
 */
public record MergeSide(long personId, int version, String givenName, String familyName, String aliases,
                        LocalDate dateOfBirth, String gender, String addressLine1, String town, String postcode,
                        String district, String phone, String email, Boolean safeToCall, String safeTimes,
                        String safeContact, List<String> cases, int referrals) {

    /** The person's name as one line. */
    public String name() {
        return (givenName + " " + familyName).strip();
    }
}
