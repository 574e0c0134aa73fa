package org.maracdesk.ui.meetings;

import java.util.List;

/** The fields a meeting's history names, each with its words in the bundle as {@code meeting.history.field.NAME}. */
public final class HistoryFields {
    public static final List<String> FIELDS = List.of("status", "date", "venue", "virtual", "chair", "cutOff",
            "slots", "listing.cancelledTo", "listing.removed", "listing.deferredTo", "listing.deferredFrom",
            "listing.order", "listing.added");

    private HistoryFields() {
    }
}
