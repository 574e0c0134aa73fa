package org.maracdesk.casework.synthetic;

/** Agencies that refer to, attend and take actions at a MARAC. */
public enum AgencyCode {
    POLICE("police", "Police"),
    IDVA("idva", "Idva service"),
    CHILDRENS_SOCIAL_CARE("csc", "Children's social care"),
    ADULT_SOCIAL_CARE("asc", "Adult social care"),
    GP("gp", "GP practice"),
    ACUTE_HEALTH("acute-health", "Acute hospital trust"),
    MENTAL_HEALTH("mental-health", "Mental health services"),
    HOUSING("housing", "Housing"),
    PROBATION("probation", "Probation"),
    EDUCATION("education", "Education"),
    SUBSTANCE_MISUSE("substance-misuse", "Drug and alcohol services"),
    SPECIALIST("specialist", "Specialist domestic abuse service");

    private final String code;
    private final String label;

    AgencyCode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Stable lower-case code, e.g. {@code "acute-health"}. */
    public String code() {
        return code;
    }

    /** English label for display. */
    public String label() {
        return label;
    }

    /** The agency with this {@link #code()}. */
    public static AgencyCode fromCode(String code) {
        for (AgencyCode a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown agency code: " + code);
    }
}
