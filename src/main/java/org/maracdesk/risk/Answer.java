package org.maracdesk.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One answer to a checklist item. {@code NOT_ASKED} is not an official DASH option; it is kept
 * apart from {@code DONT_KNOW} because the checklist is meant to be asked in full.
 */
public enum Answer {
    YES("yes"),
    NO("no"),
    DONT_KNOW("dont_know"),
    NOT_ASKED("not_asked");

    private final String jsonName;

    Answer(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in JSON files ({@code dont_know}). */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<Answer> fromJson(String name) {
        return Arrays.stream(values()).filter(a -> a.jsonName.equals(name)).findFirst();
    }

    static List<String> jsonNames(List<Answer> answers) {
        return answers.stream().map(Answer::jsonName).toList();
    }
}
