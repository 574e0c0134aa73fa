package org.maracdesk.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a rule does when it fires. */
public enum RuleEffect {
    /** Raise a flag for the coordinator and the professional's judgement (e.g. the cluster of three). */
    FLAG("flag"),
    /** Screen the victim in (LAP): the result's {@code screenedIn} is true when any such rule fires. */
    SCREEN_IN("screen_in");

    private final String jsonName;

    RuleEffect(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<RuleEffect> fromJson(String name) {
        return Arrays.stream(values()).filter(e -> e.jsonName.equals(name)).findFirst();
    }

    static List<String> jsonNames() {
        return Arrays.stream(values()).map(RuleEffect::jsonName).toList();
    }
}
