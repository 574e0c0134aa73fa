package org.maracdesk.casework.retention;

import java.time.LocalDate;

/**
 * Records of one type on one case whose retention period has run out.
 *
 * @param countedFrom the latest of the case's last listing, last referral and opening
 */
public record RetentionDue(String caseReference, RecordType type, LocalDate countedFrom, LocalDate dueOn,
                           int records) {
}
