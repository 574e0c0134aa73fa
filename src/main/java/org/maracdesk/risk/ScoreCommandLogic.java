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
    public RiskResult score(Path answers, Path context) {
        ScoreRequest request = files.read(answers, context);
        return engine.score(request.instrument(), request.answers(), request.context(), request.thresholds());
    }
}
