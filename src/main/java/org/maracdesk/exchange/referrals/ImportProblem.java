package org.maracdesk.exchange.referrals;

/**
 * One problem in a referral file: the line the referral starts on, the field as the file names
 * it (null for a problem with the file as a whole), and the reason.
 */
public record ImportProblem(int line, String field, String reason) {
    @Override
    public String toString() {
        return field == null ? "line " + line + ": " + reason : "line " + line + ", field " + field + ": " + reason;
    }
}
