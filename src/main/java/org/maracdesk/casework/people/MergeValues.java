package org.maracdesk.casework.people;

import java.util.Set;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.ContactDetails;
import org.maracdesk.casework.Person;

/** Takes the chosen values of the merged record onto the kept one, one history line (old, new) per changed value. */
final class MergeValues {
    private final ChangeHistory history;
    private final String reason;

    MergeValues(ChangeHistory history, String reason) {
        this.history = history;
        this.reason = reason;
    }

    void apply(Person kept, Person merged, Set<MergeField> fromMerged) {
        String given = pick(fromMerged, MergeField.GIVEN_NAME, "givenName", kept.getGivenName(), merged.getGivenName());
        String family = pick(fromMerged, MergeField.FAMILY_NAME, "familyName", kept.getFamilyName(),
                merged.getFamilyName());
        java.time.LocalDate born = pick(fromMerged, MergeField.DATE_OF_BIRTH, "dateOfBirth", kept.getDateOfBirth(),
                merged.getDateOfBirth());
        String gender = pick(fromMerged, MergeField.GENDER, "gender", kept.getGender(), merged.getGender());
        String aliases = pick(fromMerged, MergeField.ALIASES, "aliases", kept.getAliases(), merged.getAliases());
        kept.correctIdentity(given, family, born, gender);
        kept.setAliases(aliases);
        if (fromMerged.contains(MergeField.ADDRESS)) {
            String line1 = pick(fromMerged, MergeField.ADDRESS, "addressLine1", kept.getAddressLine1(),
                    merged.getAddressLine1());
            String town = pick(fromMerged, MergeField.ADDRESS, "town", kept.getTown(), merged.getTown());
            String postcode = pick(fromMerged, MergeField.ADDRESS, "postcode", kept.getPostcode(), merged.getPostcode());
            String district = pick(fromMerged, MergeField.ADDRESS, "district", kept.getDistrict(),
                    merged.getDistrict());
            kept.setAddress(line1, town, postcode, district);
        }
        if (fromMerged.contains(MergeField.CONTACT)) {
            ContactDetails was = orEmpty(kept.getContact());
            ContactDetails now = orEmpty(merged.getContact());
            history.field("phone", was.getPhone(), now.getPhone(), reason);
            history.field("email", was.getEmail(), now.getEmail(), reason);
            history.field("safeToCall", was.getSafeToCall(), now.getSafeToCall(), reason);
            history.field("safeTimes", was.getSafeTimes(), now.getSafeTimes(), reason);
            history.field("safeContact", was.getSafeContact(), now.getSafeContact(), reason);
            kept.setContact(merged.getContact() == null ? null : new ContactDetails(now.getPhone(), now.getEmail(),
                    now.getSafeToCall(), now.getSafeTimes(), now.getSafeContact()));
        }
        history.line("mergedFrom", "person " + merged.getId() + ": " + merged.fullName() + " ("
                + merged.getDateOfBirth() + ")", "person " + kept.getId(), reason);
    }

    private <T> T pick(Set<MergeField> fromMerged, MergeField field, String name, T kept, T merged) {
        if (!fromMerged.contains(field)) {
            return kept;
        }
        history.field(name, kept, merged, reason);
        return merged;
    }

    private static ContactDetails orEmpty(ContactDetails c) {
        return c == null ? new ContactDetails(null, null, null, null, null) : c;
    }
}
