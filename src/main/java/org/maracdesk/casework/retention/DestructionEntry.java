package org.maracdesk.casework.retention;

import java.time.Instant;

/** One line of the destruction log: what type, when, by whom, which case. Never any personal data. */
public record DestructionEntry(Instant at, String actor, RecordType type, String caseReference, int records) {
}
