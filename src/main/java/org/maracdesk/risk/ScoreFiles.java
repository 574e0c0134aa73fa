package org.maracdesk.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Reads the answers file and the optional context file of a score request. Every problem is a
 * {@link RiskInputException} naming the field ({@code answers.q7}, {@code context.referralDate})
 * or the file ({@code answers file}) and saying what is allowed.
 */
public final class ScoreFiles {
    private static final String ANSWERS_FILE = "answers file";
    private static final String CONTEXT_FILE = "context file";

    private final InstrumentRegistry registry;
    private final Clock clock;

    /** @param clock gives the referral date when the context does not */
    public ScoreFiles(InstrumentRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** @param context null when there is no context file: referral today, nothing else known, default thresholds */
    public ScoreRequest read(Path answers, Path context) {
        AnswerSheet sheet = parseAnswers(readFile(answers, ANSWERS_FILE));
        ContextInput input = context == null
                ? new ContextInput(ReferralContext.on(today()), RiskThresholds.defaults())
                : parseContext(readFile(context, CONTEXT_FILE));
        Instrument instrument = registry.get(sheet.instrumentId());
        new AnswerValidator().validate(instrument, sheet);
        return new ScoreRequest(instrument, sheet, input.context(), input.thresholds(), input.thresholdsGiven());
    }

    /** Parses the text of an answers file. */
    public AnswerSheet parseAnswers(String json) {
        JsonNode root = tree(json, ANSWERS_FILE);
        try {
            return new AnswersFileReader(registry).read(new JsonObject(root, ""));
        } catch (JsonFieldException e) {
            throw e.toInput();
        }
    }

    /** Parses the text of a context file. */
    public ContextInput parseContext(String json) {
        JsonNode root = tree(json, CONTEXT_FILE);
        try {
            return new ContextFileReader().read(new JsonObject(root, "context"), today());
        } catch (JsonFieldException e) {
            throw e.toInput();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static JsonNode tree(String json, String file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RiskInputException(file, "not valid JSON: " + Json.describe(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new RiskInputException(file, "must hold one JSON object, not " + JsonObject.kind(root));
        }
        return root;
    }

    private static String readFile(Path path, String file) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RiskInputException(file, path + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
