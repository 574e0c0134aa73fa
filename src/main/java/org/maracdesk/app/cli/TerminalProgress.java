package org.maracdesk.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.maracdesk.casework.bulk.ProgressListener;

/**
 * Progress of long work as one line per step on the terminal's error stream: counts and time left
 * only. The last step prints nothing (the command's own summary follows), so short work stays quiet.
 */
final class TerminalProgress implements ProgressListener {
    private final PrintStream err;
    private final String done;
    private final String items;

    /** @param done what has happened, e.g. "Imported"; @param items what is counted, e.g. "referrals" */
    TerminalProgress(PrintStream err, String done, String items) {
        this.err = err;
        this.done = done;
        this.items = items;
    }

    @Override
    public void progress(int count, int total, Duration left) {
        if (count >= total) {
            return;
        }
        StringBuilder line = new StringBuilder(done).append(' ').append(count).append(" of ").append(total)
                .append(' ').append(items);
        if (left != null) {
            line.append(", about ").append(words(left)).append(" left");
        }
        err.println(line);
    }

    static String words(Duration left) {
        long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
        return seconds < 120 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }
}
