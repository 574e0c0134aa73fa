package org.maracdesk.casework.actions;

import java.time.Instant;
import java.time.LocalDate;
import org.maracdesk.casework.ActionStatus;

/** One line of an action's history. */
public record ActionHistoryEntry(Instant at, String by, ActionStatus from, ActionStatus to, LocalDate completedOn,
                                 String note) {
}
