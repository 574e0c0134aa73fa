package org.maracdesk.security;

import java.util.List;

/** One page of the audit trail, newest first: the entries, how many match the filters in all, where the page starts. */
public record AuditPage(List<AuditLine> lines, long total, int offset) {
    public AuditPage {
        lines = List.copyOf(lines);
    }
}
