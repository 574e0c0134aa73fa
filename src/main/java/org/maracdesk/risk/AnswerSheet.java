package org.maracdesk.risk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The raw answers to one instrument, keyed by item id. Items that are missing here are reported as
 * not asked, never counted as "no".
 */
public record AnswerSheet(String instrumentId, Map<String, ItemAnswer> answers) {

    public AnswerSheet {
        Objects.requireNonNull(instrumentId, "instrumentId");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public Optional<ItemAnswer> answer(String itemId) {
        return Optional.ofNullable(answers.get(itemId));
    }

    /** The answer value, with a missing item read as {@link Answer#NOT_ASKED}. */
    public Answer valueOf(String itemId) {
        return answer(itemId).map(ItemAnswer::value).orElse(Answer.NOT_ASKED);
    }
}
