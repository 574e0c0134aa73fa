package org.maracdesk.risk;

import java.util.Objects;

/**
 * Invalid answers or context: the one exception type the engine throws for bad input. The message
 * names the field (a JSON path such as {@code answers.q7} or {@code context.referralDate}) and says
 * what is allowed.
 */
public final class RiskInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public RiskInputException(String field, String problem) {
        super(Objects.requireNonNull(field) + ": " + Objects.requireNonNull(problem));
        this.field = field;
        this.problem = problem;
    }

    RiskInputException(String field, String problem, Throwable cause) {
        this(field, problem);
        initCause(cause);
    }

    /** The field at fault, as a JSON path ({@code answers.q7}). */
    public String field() {
        return field;
    }

    /** What is wrong and what is allowed, without the field name. */
    public String problem() {
        return problem;
    }

    /** The same problem with the field under {@code prefix}: {@code thresholds.x} → {@code context.thresholds.x}. */
    RiskInputException under(String prefix) {
        RiskInputException moved = new RiskInputException(prefix + "." + field, problem);
        moved.initCause(getCause());
        return moved;
    }
}
