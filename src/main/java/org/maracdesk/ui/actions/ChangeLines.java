package org.maracdesk.ui.actions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.ui.common.Messages;

/** One line of a record's change history in words: when, who, the field, before and after, why. */
public final class ChangeLines {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private ChangeLines() {
    }

    public static String text(Messages messages, ChangeHistory.Line line) {
        String when = WHEN.format(line.at().atZone(ZoneId.systemDefault()));
        String text;
        if (ChangeHistory.REMOVED.equals(line.field())) {
            text = messages.format("changes.removed", when, line.by());
        } else {
            text = messages.format("changes.line", when, line.by(), fieldName(messages, line.field()),
                    value(messages, line.oldValue()), value(messages, line.newValue()));
        }
        return line.reason() == null ? text : text + "\n" + messages.format("changes.reason", line.reason());
    }

    private static String value(Messages messages, String v) {
        return v == null ? messages.get("changes.empty") : v;
    }

    /** The field's name in words (HistoryFieldLabels); as stored when unknown. */
    static String fieldName(Messages messages, String field) {
        return org.maracdesk.ui.common.HistoryFieldLabels.of(messages, field);
    }
}
