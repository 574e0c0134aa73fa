package org.maracdesk.exchange.referrals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.maracdesk.casework.intake.RiskInput;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.AnswerSheet;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ItemAnswer;

/**
 * The {@code risk} object: instrument (dash-24 when left out), answers by item id (a code, or
 * {@code {"value", "source", "comment"}}), police-reported incidents in the last 12 months, and
 * the professional-judgement reason; for a DASH-27, the officer's grading ({@code officerGrading}). Whether the items and answers fit the instrument is the
 * risk engine's to say (see {@code ReferralChecks}).
 */
final class RiskReader {
    private RiskReader() {
    }

    static RiskInput read(Fields f) {
        f.allowOnly(Set.of("instrument", "answers", "policeIncidentsLast12Months", "professionalJudgement",
                "officerGrading"));
        String instrument = f.text("instrument");
        Map<String, ItemAnswer> answers = answers(f.object("answers"));
        if (f.raw("answers") == null) {
            f.sink().add(f.pathOf("answers"), "is required: the checklist answers");
        }
        String grading = f.text("officerGrading");
        if (grading != null && !AnswerSheet.GRADINGS.contains(grading.strip().toLowerCase(java.util.Locale.ROOT))) {
            f.sink().add(f.pathOf("officerGrading"), "is not a grading; use standard, medium or high (the police"
                    + " officer's grading of a DASH-27)");
            grading = null;
        }
        return new RiskInput(new AnswerSheet(instrument == null ? InstrumentRegistry.DEFAULT_ID
                : Codes.normal(instrument).replace('_', '-'), answers, grading),
                f.wholeNumber("policeIncidentsLast12Months", 0), f.text("professionalJudgement"));
    }

    private static Map<String, ItemAnswer> answers(Fields f) {
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        if (f == null) {
            return answers;
        }
        for (Iterator<String> items = f.keys(); items.hasNext(); ) {
            String item = items.next();
            JsonNode node = f.raw(item);
            ItemAnswer answer = node != null && node.isObject() ? detailed(new Fields(node, f.pathOf(item), f.sink()))
                    : plain(f, item);
            if (answer != null) {
                answers.put(item, answer);
            }
        }
        return answers;
    }

    private static ItemAnswer plain(Fields f, String item) {
        Answer value = f.code(item, Codes::answer, Codes.answerNames());
        return value == null ? null : ItemAnswer.of(value);
    }

    private static ItemAnswer detailed(Fields f) {
        f.allowOnly(Set.of("value", "source", "comment", "selected"));
        Answer value = f.code("value", Codes::answer, Codes.answerNames());
        if (value == null) {
            if (f.raw("value") == null || f.text("value") == null) {
                f.sink().add(f.pathOf("value"), "is required when a source or comment is given");
            }
            return null;
        }
        return new ItemAnswer(value, f.text("source"), f.text("comment"), f.list("selected"));
    }
}
