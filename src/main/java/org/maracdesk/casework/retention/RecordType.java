package org.maracdesk.casework.retention;

/** The kinds of record a retention period applies to (MARAC.md 5.4). */
public enum RecordType {
    REFERRAL, CHECKLIST, RESEARCH, MINUTES, ACTIONS, AUDIT
}
