package org.maracdesk.casework.intake;

import java.time.Instant;
import java.time.LocalDate;
import org.maracdesk.casework.Agency;

/**
 * One entry of a case's must-not-receive list. {@code agency} or {@code personName} may be null,
 * not both; {@code removedAt} is null while the entry stands.
 */
public record MustNotReceiveItem(long id, Agency agency, String personName, String reason, LocalDate addedOn,
                                 String addedBy, Instant removedAt, String removedBy, String removalReason) {
    public boolean current() {
        return removedAt == null;
    }
}
