package org.maracdesk.casework;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Agencies that refer to, attend and take actions at a MARAC (MARAC.md §2.7), by stable code.
 * The synthetic generator's codes are a subset of these.
 */
public enum Agency {
    POLICE("police"),
    IDVA("idva"),
    CHILDRENS_SOCIAL_CARE("csc"),
    ADULT_SOCIAL_CARE("asc"),
    GP("gp"),
    ACUTE_HEALTH("acute-health"),
    MENTAL_HEALTH("mental-health"),
    HOUSING("housing"),
    REGISTERED_SOCIAL_LANDLORD("rsl"),
    PROBATION("probation"),
    EDUCATION("education"),
    SUBSTANCE_MISUSE("substance-misuse"),
    SPECIALIST("specialist"),
    SPECIALIST_BAMER("bamer"),
    SPECIALIST_LGBT("lgbt"),
    SEXUAL_ABUSE_SERVICE("sexual-abuse"),
    PERPETRATOR_PROGRAMME("perpetrator-programme"),
    FIRE("fire"),
    AMBULANCE("ambulance"),
    CAFCASS("cafcass");

    private final String code;

    Agency(String code) {
        this.code = code;
    }

    /** Stable lower-case code, e.g. {@code acute-health}. */
    public String code() {
        return code;
    }

    public static Optional<Agency> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Agency::code).toList();
    }
}
