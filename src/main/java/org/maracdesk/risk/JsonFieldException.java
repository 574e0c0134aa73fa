package org.maracdesk.risk;

/** A field-level JSON problem, turned into the public exception of whoever is reading. */
final class JsonFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    JsonFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    String field() {
        return field;
    }

    String problem() {
        return problem;
    }

    RiskInputException toInput() {
        return new RiskInputException(field, problem, this);
    }

    String describe() {
        return field + ": " + problem;
    }
}
