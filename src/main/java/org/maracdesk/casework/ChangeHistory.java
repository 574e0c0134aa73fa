package org.maracdesk.casework;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/**
 * The change history of corrected records ({@link RecordChange}), written in the caller's
 * transaction. Reads go through {@link CaseScope}: the history of a record on a case withheld from
 * the account is not returned.
 */
public final class ChangeHistory {
    /** The field name of the line that records a removal and its reason. */
    public static final String REMOVED = "REMOVED";
    private static final int VALUE_MAX = 4000;

    private final Session session;
    private final String recordType;
    private final long recordId;
    private final Long caseId;
    private final String by;
    private final Instant at;
    private int written;

    /** A batch of changes of one record by one person at one moment. */
    public ChangeHistory(Session session, String recordType, long recordId, Long caseId, String by, Instant at) {
        this.session = session;
        this.recordType = recordType;
        this.recordId = recordId;
        this.caseId = caseId;
        this.by = by;
        this.at = at;
    }

    /** Records one field when its value changed; says whether it did. */
    public boolean field(String field, Object before, Object after, String reason) {
        String old = text(before);
        String now = text(after);
        if (Objects.equals(old, now)) {
            return false;
        }
        session.persist(new RecordChange(recordType, recordId, caseId, at, by, field, old, now, reason));
        written++;
        return true;
    }

    /** Records one line whether or not the value changed (a re-score's result, which is worth keeping either way). */
    public void line(String field, Object before, Object after, String reason) {
        session.persist(new RecordChange(recordType, recordId, caseId, at, by, field, text(before), text(after), reason));
        written++;
    }

    /** Records that the record was removed, with the reason. */
    public void removed(String reason) {
        session.persist(new RecordChange(recordType, recordId, caseId, at, by, REMOVED, null, null, reason));
        written++;
    }

    /** How many lines this batch wrote. */
    public int written() {
        return written;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.length() > VALUE_MAX ? s.substring(0, VALUE_MAX) : s;
    }

    /** One line of history as screens show it. */
    public record Line(Instant at, String by, String field, String oldValue, String newValue, String reason) {
    }

    /** The history of one record, oldest first; empty when its case is withheld from the account. */
    public static List<Line> of(Session s, CaseScope scope, String recordType, long recordId) {
        List<Object[]> rows = s.createSelectionQuery("select c.caseId, c.changedAt, c.changedBy, c.field, c.oldValue,"
                + " c.newValue, c.reason from RecordChange c where c.recordType = :t and c.recordId = :id"
                + " order by c.changedAt, c.id", Object[].class)
                .setParameter("t", recordType).setParameter("id", recordId).getResultList();
        return rows.stream().filter(r -> r[0] == null || scope.includes((Long) r[0]))
                .map(r -> new Line((Instant) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (String) r[6])).toList();
    }

    /** One line of a case's history, with what kind of record it was on. */
    public record CaseLine(String recordType, long recordId, Line line) {
    }

    /** Every correction on a case (people, actions, removed actions), oldest first; empty when withheld. */
    public static List<CaseLine> ofCase(Session s, CaseScope scope, long caseId) {
        if (!scope.includes(caseId)) {
            return List.of();
        }
        return s.createSelectionQuery("select c.recordType, c.recordId, c.changedAt, c.changedBy, c.field,"
                + " c.oldValue, c.newValue, c.reason from RecordChange c where c.caseId = :case"
                + " order by c.changedAt, c.id", Object[].class).setParameter("case", caseId).getResultList().stream()
                .map(r -> new CaseLine((String) r[0], (Long) r[1], new Line((Instant) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7]))).toList();
    }

    /** The records of one type removed from a case, each as its history lines, oldest first. */
    public static List<Line> removedFromCase(Session s, CaseScope scope, String recordType, long caseId) {
        if (!scope.includes(caseId)) {
            return List.of();
        }
        return s.createSelectionQuery("select c.changedAt, c.changedBy, c.field, c.oldValue, c.newValue, c.reason"
                + " from RecordChange c where c.recordType = :t and c.caseId = :case and c.recordId in"
                + " (select r.recordId from RecordChange r where r.recordType = :t and r.field = :removed)"
                + " order by c.recordId, c.changedAt, c.id", Object[].class)
                .setParameter("t", recordType).setParameter("case", caseId).setParameter("removed", REMOVED)
                .getResultList().stream().map(r -> new Line((Instant) r[0], (String) r[1], (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5])).toList();
    }
}
