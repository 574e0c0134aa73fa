package org.maracdesk.casework.actions;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;

/** The HQL behind the action views and exports (ActionItem is read by its fields, not getters). */
public final class ActionQueries {
    static final String FROM = " from ActionItem a join a.maracCase c left join a.meeting m"
            + " left join MaracAgency ag on ag.code = a.agencyCode left join ActionType ty on ty.code = a.typeCode"
            + " left join a.targetPerson tp";
    private static final String SELECT = "select a.id, c.id, c.reference, m.meetingDate, a.agencyCode, a.ownerName,"
            + " a.target, a.description, a.dueDate, a.status, a.completedOn, a.note, a.version,"
            + " coalesce(ag.name, a.agencyCode), a.typeCode, coalesce(ty.name, a.typeCode), a.detailText, a.detailDate,"
            + " tp.givenName, tp.familyName, tp.id" + FROM;
    static final String ORDER = " order by a.dueDate nulls last, c.reference, a.id";

    private ActionQueries() {
    }

    public static List<ActionRow> where(Session s, String condition, Object... namedValues) {
        var q = s.createSelectionQuery(SELECT + (condition == null ? "" : " where " + condition) + ORDER,
                Object[].class);
        for (int i = 0; i < namedValues.length; i += 2) {
            q.setParameter((String) namedValues[i], namedValues[i + 1]);
        }
        return q.getResultList().stream().map(ActionQueries::row).toList();
    }

    /**
     * How many actions meet {@code condition}, and how many of those are due before {@code :today} (a
     * parameter in {@code params}), counted by the database in one pass.
     */
    static long[] countWithOverdue(Session s, String condition, java.util.Map<String, Object> params) {
        var q = s.createSelectionQuery("select count(a), sum(case when a.dueDate < :today then 1 else 0 end)" + FROM
                + " where " + condition, Object[].class);
        params.forEach(q::setParameter);
        Object[] r = q.getSingleResult();
        return new long[] {((Number) r[0]).longValue(), r[1] == null ? 0 : ((Number) r[1]).longValue()};
    }

    /** One page of the actions that meet {@code condition}, in {@code order}. */
    static List<ActionRow> page(Session s, String condition, String order, java.util.Map<String, Object> params,
                                int offset, int limit) {
        var q = s.createSelectionQuery(SELECT + " where " + condition + order, Object[].class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(ActionQueries::row).toList();
    }

    public static ActionRow one(Session s, long id) {
        List<ActionRow> rows = where(s, "a.id = :id", "id", id);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("there is no action " + id);
        }
        return rows.get(0);
    }

    private static ActionRow row(Object[] r) {
        return new ActionRow((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3], (String) r[4],
                (String) r[5], (ActionTarget) r[6], (String) r[7], (LocalDate) r[8], (ActionStatus) r[9],
                (LocalDate) r[10], (String) r[11], ((Number) r[12]).intValue(), (String) r[13],
                (String) r[14], (String) r[15], (String) r[16], (LocalDate) r[17],
                r[18] == null ? null : ((String) r[18] + " " + (String) r[19]).strip(), (Long) r[20]);
    }
}
