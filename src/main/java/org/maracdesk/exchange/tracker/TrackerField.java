package org.maracdesk.exchange.tracker;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a tracker column can hold, with the key the mapping file uses and the header words that
 * suggest it (compared with letters and digits only, lower case).
 */
public enum TrackerField {
    VICTIM_NAME("victimName", "victim", "victimname", "name", "clientname", "client", "fullname", "victimfullname"),
    VICTIM_FORENAME("victimForename", "forename", "firstname", "victimforename", "victimfirstname", "givenname",
            "christianname"),
    VICTIM_SURNAME("victimSurname", "surname", "lastname", "familyname", "victimsurname", "victimlastname"),
    VICTIM_DOB("victimDateOfBirth", "dob", "dateofbirth", "victimdob", "victimdateofbirth", "birthdate", "born"),
    MARAC_DATE("maracDate", "maracdate", "dateofmarac", "meetingdate", "marac", "dateheard", "conferencedate",
            "datelisted", "listingdate", "heard", "date"),
    REFERRAL_DATE("referralDate", "referraldate", "datereferred", "dateofreferral", "referred", "datereceived"),
    CASE_REFERENCE("caseReference", "caseref", "casereference", "ref", "reference", "maracref", "maracreference",
            "caseno", "casenumber", "maracno", "id", "caseid"),
    PERPETRATOR_NAME("perpetratorName", "perpetrator", "perp", "perpetratorname", "allegedperpetrator", "perpname",
            "abuser", "offender"),
    PERPETRATOR_FORENAME("perpetratorForename", "perpetratorforename", "perpforename", "perpetratorfirstname",
            "perpfirstname"),
    PERPETRATOR_SURNAME("perpetratorSurname", "perpetratorsurname", "perpsurname", "perpetratorlastname",
            "perplastname"),
    RELATIONSHIP("relationship", "relationship", "relationshiptovictim", "relationshiptoperpetrator", "relation"),
    CHILDREN("children", "children", "noofchildren", "numberofchildren", "childreninhousehold", "kids", "childrenno",
            "ofchildren"),
    AGENCY("referringAgency", "agency", "referringagency", "referrer", "referredby", "referralagency",
            "referringorganisation", "source"),
    DASH_SCORE("dashScore", "dash", "dashscore", "score", "ricscore", "dashric", "riskscore", "ric"),
    REASON("referralReason", "reason", "referralreason", "reasonforreferral", "criteria", "referralcriteria",
            "grounds", "route"),
    REPEAT("repeat", "repeat", "repeatcase", "repeatreferral", "isrepeat", "repeatmarac"),
    DISTRICT("district", "district", "area", "locality", "borough", "patch"),
    IDVA("idva", "idva", "idvaallocated", "idvaname", "allocatedidva", "caseworker"),
    NOTES("notes", "notes", "comments", "comment", "note", "outcome", "remarks");

    private final String key;
    private final List<String> headers;

    TrackerField(String key, String... headers) {
        this.key = key;
        this.headers = List.of(headers);
    }

    /** The name the mapping file uses, e.g. {@code victimForename}. */
    public String key() {
        return key;
    }

    List<String> headers() {
        return headers;
    }

    public static Optional<TrackerField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TrackerField::key).toList();
    }
}
