package org.maracdesk.security;

/**
 * The result of checking the audit chain, in plain words for an administrator.
 *
 * @param firstBadSeq the first entry that failed, or null when the chain is intact
 */
public record AuditReport(boolean intact, long entries, long headSeq, String headMac, Long firstBadSeq,
                          String problem) {

    public String summary() {
        if (intact) {
            return "Audit trail intact: " + entries + " entries, head " + headSeq + ":" + shortMac();
        }
        return "Audit trail broken at entry " + firstBadSeq + ": " + problem;
    }

    public String shortMac() {
        return headMac == null || headMac.length() < 16 ? String.valueOf(headMac) : headMac.substring(0, 16);
    }
}
