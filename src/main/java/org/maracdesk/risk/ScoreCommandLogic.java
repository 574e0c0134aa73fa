package org.maracdesk.risk;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What {@code marac-desk score ANSWERS [CONTEXT]} does: read the files, score, return the result
 * as JSON. Bad input throws {@link RiskInputException}; the command prints its message.
 */
public final class ScoreCommandLogic {
    private final ScoreFiles files;
    private final RiskEngine engine = new RiskEngine();
    private final ResultJson json = new ResultJson();

    /** @param clock gives the referral date when the context file does not (today in the clock's zone) */
    public ScoreCommandLogic(InstrumentRegistry registry, Clock clock) {
        this.files = new ScoreFiles(registry, clock);
    }

    /** @param context null when there is no context file */
    public String run(Path answers, Path context) {
        return json.render(score(answers, context));
    }

    /** The result itself, for callers that want more than JSON. */
    /**
     * Scored with a MARAC's own thresholds (a vault's local settings) instead of the context file's.
     *
     * @throws RiskInputException when the context file gives thresholds as well
     */
    public RiskResult scoreWith(Path answers, Path context, RiskThresholds thresholds) {
        ScoreRequest request = files.read(answers, context);
        if (request.thresholdsGiven()) {
            throw new RiskInputException("context.thresholds", "leave the thresholds out of the context file:"
                    + " with --vault or --server the MARAC's local settings give them");
        }
        return engine.score(request.instrument(), request.answers(), request.context(), thresholds);
    }

    public RiskResult score(Path answers, Path context) {
        ScoreRequest request = files.read(answers, context);
        return engine.score(request.instrument(), request.answers(), request.context(), request.thresholds());
    }
}
