package org.maracdesk.exchange.tracker;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a tracker's columns are read: which column holds each field, which of the other columns are
 * kept (in the listing's notes, as "column: value"), and the tracker's agency and district names the
 * vault's cannot be matched to by themselves (name as written → agency code or district name).
 * Saved as JSON by {@link MappingFile} and reused.
 */
public record ColumnMapping(Map<TrackerField, String> columns, List<String> keepAsNotes,
                            Map<String, String> agencies, Map<String, String> districts) {
    public ColumnMapping {
        Map<TrackerField, String> c = new EnumMap<>(TrackerField.class);
        c.putAll(columns);
        columns = Collections.unmodifiableMap(c);
        keepAsNotes = List.copyOf(keepAsNotes);
        agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
        districts = Collections.unmodifiableMap(new LinkedHashMap<>(districts));
    }

    public String column(TrackerField f) {
        return columns.get(f);
    }

    public boolean has(TrackerField f) {
        return columns.containsKey(f);
    }

    /** The header's columns this mapping neither reads nor keeps. */
    public List<String> dropped(List<String> header) {
        return header.stream().filter(h -> !columns.containsValue(h) && !keepAsNotes.contains(h)).toList();
    }
}
