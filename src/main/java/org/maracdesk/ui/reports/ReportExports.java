package org.maracdesk.ui.reports;

import java.time.LocalDate;
import org.maracdesk.exchange.exports.ExportFormat;

/** The export dialogs the Reports area can open; each null when the user's role may not. */
public record ReportExports(Runnable minutes, Runnable actionSummary, DataReturnExport dataReturn, Runnable lapseList,
                            Runnable profiles) {

    /** Opens the data return export for a period and population (null when not configured). */
    @FunctionalInterface
    public interface DataReturnExport {
        void open(ExportFormat format, LocalDate from, LocalDate to, Long adultWomen);
    }
}
