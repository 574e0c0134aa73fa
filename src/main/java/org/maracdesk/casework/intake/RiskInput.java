package org.maracdesk.casework.intake;

import java.util.Objects;
import org.maracdesk.risk.AnswerSheet;

/**
 * The checklist answers and the grounds the engine needs besides them. The last listing is not
 * here: the intake finds it from the victim and perpetrator pair.
 *
 * @param policeIncidentsLast12Months null when not known
 * @param professionalJudgement the written reason; null when professional judgement was not chosen
 */
public record RiskInput(AnswerSheet answers, Integer policeIncidentsLast12Months, String professionalJudgement) {
    public RiskInput {
        Objects.requireNonNull(answers, "answers");
    }
}
