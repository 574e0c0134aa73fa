package org.maracdesk.risk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: the bundled registry (loaded once) and answer sheets built from short specs. */
final class Sheets {
    static final InstrumentRegistry REGISTRY = new InstrumentRegistry();
    static final RiskEngine ENGINE = new RiskEngine();
    static final LocalDate REFERRAL = LocalDate.of(2026, 11, 2);

    private Sheets() {
    }

    static Instrument instrument(String id) {
        return REGISTRY.get(id);
    }

    /** Items q1..q{yes} yes, every other item {@code rest}. */
    static AnswerSheet firstYes(String instrumentId, int yes, Answer rest) {
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        List<String> ids = instrument(instrumentId).itemIds();
        for (int i = 0; i < ids.size(); i++) {
            answers.put(ids.get(i), ItemAnswer.of(i < yes ? Answer.YES : rest));
        }
        return new AnswerSheet(instrumentId, answers);
    }

    /** The listed items ({@code "q1;q6"}) yes, every other item no. */
    static AnswerSheet yesTo(String instrumentId, String yesItems) {
        List<String> yes = items(yesItems);
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        for (String id : instrument(instrumentId).itemIds()) {
            answers.put(id, ItemAnswer.of(yes.contains(id) ? Answer.YES : Answer.NO));
        }
        return new AnswerSheet(instrumentId, answers);
    }

    /** {@code "q1;q6"} → [q1, q6]; null or blank → []. */
    static List<String> items(String spec) {
        return spec == null || spec.isBlank() ? List.of() : Arrays.asList(spec.split(";"));
    }

    static RiskResult score(AnswerSheet sheet) {
        return score(sheet, ReferralContext.on(REFERRAL), RiskThresholds.defaults());
    }

    static RiskResult score(AnswerSheet sheet, RiskThresholds thresholds) {
        return score(sheet, ReferralContext.on(REFERRAL), thresholds);
    }

    static RiskResult score(AnswerSheet sheet, ReferralContext context, RiskThresholds thresholds) {
        return ENGINE.score(instrument(sheet.instrumentId()), sheet, context, thresholds);
    }
}
