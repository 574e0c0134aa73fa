package org.maracdesk.exchange.tracker;

/** A tracker with problems: nothing was written. The report lists every problem. */
public final class TrackerRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient TrackerReport report;

    public TrackerRejectedException(TrackerReport report) {
        super("the tracker was not migrated (" + report.problems().size() + (report.problems().size() == 1
                ? " problem" : " problems") + "); nothing was written");
        this.report = report;
    }

    public TrackerReport report() {
        return report;
    }
}
