package org.maracdesk.casework.intake;

import java.util.List;

/** The batch was not recorded at all, because of these problems. The message holds only the count. */
public final class IntakeRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public IntakeRejectedException(List<FieldProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; nothing was recorded");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
