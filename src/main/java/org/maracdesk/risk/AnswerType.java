package org.maracdesk.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Which answers an item accepts. Every type accepts {@code not_asked}. */
public enum AnswerType {
    /** Yes or no (LAP, S-DASH). */
    YES_NO("yes_no", List.of(Answer.YES, Answer.NO, Answer.NOT_ASKED)),
    /** Yes, no or don't know (DASH RIC; ODARA, where don't know is its '?'). */
    YES_NO_DONT_KNOW("yes_no_dont_know", List.of(Answer.YES, Answer.NO, Answer.DONT_KNOW, Answer.NOT_ASKED));

    private final String jsonName;
    private final List<Answer> allowed;

    AnswerType(String jsonName, List<Answer> allowed) {
        this.jsonName = jsonName;
        this.allowed = allowed;
    }

    public String jsonName() {
        return jsonName;
    }

    public List<Answer> allowed() {
        return allowed;
    }

    public boolean allows(Answer answer) {
        return allowed.contains(answer);
    }

    public static Optional<AnswerType> fromJson(String name) {
        return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
    }

    static List<String> jsonNames() {
        return Arrays.stream(values()).map(AnswerType::jsonName).toList();
    }
}
