package org.maracdesk.exchange.referrals;

import java.util.List;

/** The file was not imported at all; {@link #problems()} says where and why. The message holds only the count. */
public final class ReferralFileRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ImportProblem> problems;

    public ReferralFileRejectedException(List<ImportProblem> problems) {
        super("the file was not imported (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "); nothing was written");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
