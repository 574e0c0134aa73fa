package org.maracdesk.exchange.referrals;

import java.nio.file.Path;
import java.util.Locale;

/** JSON or CSV: by the file's extension, else by its first character ({@code [} means JSON). */
enum ReferralFileFormat {
    JSON, CSV;

    static ReferralFileFormat of(Path file, String text) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("{") ? JSON : CSV;
    }
}
