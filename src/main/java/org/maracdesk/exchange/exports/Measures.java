package org.maracdesk.exchange.exports;

import java.util.Locale;
import org.maracdesk.casework.ReferralFlag;

/** The names of the data return's figures, as they appear in the CSV and as keys in the documents bundle. */
public final class Measures {
    public static final String CASES = "cases_discussed";
    public static final String REPEATS = "repeat_cases";
    public static final String WITH_CHILDREN = "cases_with_children";
    public static final String WITHOUT_CHILDREN = "cases_without_children";
    public static final String CHILDREN = "children_in_households";
    public static final String FEMALE = "victims_female";
    public static final String MALE = "victims_male";
    public static final String OTHER_GENDER = "victims_other_or_unrecorded_gender";
    public static final String AGED_16_17 = "victims_aged_16_17";
    public static final String BAME = "victims_bame";
    public static final String LGBT = "victims_lgbt";
    public static final String DISABLED = "victims_disabled";
    public static final String PERPETRATOR_17 = "perpetrator_aged_17_or_under";
    static final String FLAG = "referral_flag_";

    private Measures() {
    }

    /** The measure counting cases discussed whose referral carried the flag. */
    public static String flag(ReferralFlag f) {
        return FLAG + f.name().toLowerCase(Locale.ROOT);
    }
}
