package org.maracdesk.risk;

import java.util.List;
import java.util.Objects;

/**
 * An instrument file that cannot be used. The message names the file, then each problem as
 * {@code field: problem}, e.g. {@code dash-24.json: items[3].id: duplicate item id q3}.
 */
public final class InstrumentFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final List<String> problems;

    public InstrumentFileException(String file, List<String> problems) {
        super(message(Objects.requireNonNull(file), problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    InstrumentFileException(String file, String problem, Throwable cause) {
        this(file, List.of(problem));
        initCause(cause);
    }

    /** The file (or classpath resource) that failed. */
    public String file() {
        return file;
    }

    /** Each problem as {@code field: problem}. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String file, List<String> problems) {
        if (problems.size() == 1) {
            return file + ": " + problems.get(0);
        }
        return file + " has " + problems.size() + " problems:\n  " + String.join("\n  ", problems);
    }
}
