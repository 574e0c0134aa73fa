package org.maracdesk.casework;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Why a case was closed: the outcomes a steering group asks about. Codes as the command line takes them. */
public enum CaseOutcome {
    ACTIONS_COMPLETE,
    RISK_REDUCED,
    VICTIM_DISENGAGED,
    TRANSFERRED_OUT,
    NO_LONGER_IN_AREA,
    OTHER;

    /** The code on the command line and in JSON, e.g. {@code risk-reduced}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CaseOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(CaseOutcome::code).toList();
    }
}
