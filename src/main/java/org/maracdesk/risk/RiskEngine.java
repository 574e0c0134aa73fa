package org.maracdesk.risk;

import java.util.List;
import java.util.Optional;

/**
 * Scores an answer sheet with an instrument and decides the referral routes. Stateless and
 * thread-safe.
 */
public final class RiskEngine {
    private final AnswerValidator validator = new AnswerValidator();
    private final RuleEvaluator rules = new RuleEvaluator();
    private final RouteAssessor routes = new RouteAssessor();

    /**
     * @throws RiskInputException when the answers do not fit the instrument (unknown item, an
     *     answer the item does not allow, an unknown sub-item)
     */
    public RiskResult score(Instrument instrument, AnswerSheet answers, ReferralContext context,
            RiskThresholds thresholds) {
        validator.validate(instrument, answers);
        Tally tally = Tally.of(instrument, answers);
        List<RuleOutcome> outcomes = rules.evaluate(instrument, tally, context);
        return new RiskResult(instrument.id(), instrument.version(), instrument.title(), tally.score(),
                instrument.maxScore(), band(instrument, tally.score(), thresholds, answers), thresholds, tally.serious(),
                outcomes, tally.notAsked(), tally.dontKnow(), tally.sources(),
                routes.assess(instrument, tally, context, thresholds, answers.grading()), context.judgement(),
                screenedIn(instrument, outcomes), norm(instrument, tally), instrument.guidance());
    }

    private static Optional<String> band(Instrument instrument, int score, RiskThresholds thresholds,
                                         AnswerSheet answers) {
        List<Band> bands;
        if (instrument.gradedByOfficer()) {
            return answers.grading();
        } else if (instrument.banding() instanceof Banding.Marac) {
            bands = thresholds.bands();
        } else if (instrument.banding() instanceof Banding.Fixed fixed) {
            bands = fixed.bands();
        } else {
            return Optional.empty();
        }
        return bands.stream().filter(b -> b.contains(score)).map(Band::id).findFirst();
    }

    private static Optional<Boolean> screenedIn(Instrument instrument, List<RuleOutcome> outcomes) {
        boolean screens = instrument.rules().stream().anyMatch(r -> r.effect() == RuleEffect.SCREEN_IN);
        if (!screens) {
            return Optional.empty();
        }
        return Optional.of(outcomes.stream().anyMatch(o -> o.effect() == RuleEffect.SCREEN_IN && o.fired()));
    }

    private static Optional<NormResult> norm(Instrument instrument, Tally tally) {
        return instrument.norms().flatMap(table -> table.rowFor(tally.score())
                .map(row -> new NormResult(table.version(), table.source(), row,
                        tally.notAsked().size() + tally.dontKnow().size())));
    }
}
