package org.maracdesk.exchange.referrals;

import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.intake.FieldProblem;

/** The problems found while reading one referral, by field path. */
final class ProblemSink {
    private final int index;
    private final List<FieldProblem> problems = new ArrayList<>();

    ProblemSink(int index) {
        this.index = index;
    }

    void add(String path, String reason) {
        problems.add(new FieldProblem(index, path, reason));
    }

    boolean has(String path) {
        return problems.stream().anyMatch(p -> p.field().equals(path));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }
}
