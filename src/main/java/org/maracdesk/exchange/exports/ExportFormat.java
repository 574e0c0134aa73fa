package org.maracdesk.exchange.exports;

import java.util.Locale;

/** File formats an export can be written in. */
public enum ExportFormat {
    PDF, CSV, XLSX;

    public static ExportFormat parse(String option, String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(option + ": use pdf, csv or xlsx");
        }
    }
}
