package org.maracdesk.risk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The raw answers to one instrument, keyed by item id. Items that are missing here are reported as
 * not asked, never counted as "no".
 *
 * @param officerGrading the grading a police officer gave a checklist graded by officer judgement (DASH-27,
 *                       {@link Banding.Officer}): {@code standard}, {@code medium} or {@code high}; null when not
 *                       given or for other instruments
 */
public record AnswerSheet(String instrumentId, Map<String, ItemAnswer> answers, String officerGrading) {
    /** The gradings an officer gives, lowest first. */
    public static final java.util.List<String> GRADINGS = java.util.List.of("standard", "medium", "high");

    public AnswerSheet {
        Objects.requireNonNull(instrumentId, "instrumentId");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        officerGrading = officerGrading == null || officerGrading.isBlank() ? null
                : officerGrading.strip().toLowerCase(java.util.Locale.ROOT);
        if (officerGrading != null && !GRADINGS.contains(officerGrading)) {
            throw new RiskInputException("officerGrading", Words.quoted(officerGrading)
                    + " is not a grading; use " + Words.oneOf(GRADINGS));
        }
    }

    /** Answers without an officer's grading. */
    public AnswerSheet(String instrumentId, Map<String, ItemAnswer> answers) {
        this(instrumentId, answers, null);
    }

    /** The officer's grading, when one was given. */
    public Optional<String> grading() {
        return Optional.ofNullable(officerGrading);
    }

    public Optional<ItemAnswer> answer(String itemId) {
        return Optional.ofNullable(answers.get(itemId));
    }

    /** The answer value, with a missing item read as {@link Answer#NOT_ASKED}. */
    public Answer valueOf(String itemId) {
        return answer(itemId).map(ItemAnswer::value).orElse(Answer.NOT_ASKED);
    }
}
